#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.rest;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.Preconditions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import dev.uniform.resource.Responses;
import ${package}.${feature}.${resource}Roles;
import ${package}.${feature}.api.${resource}Filter;
import ${package}.${feature}.api.${resource}Patch;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.api.${resource}Sort;
import ${package}.${feature}.service.${resource}Service;
import dev.uniform.streaming.StreamedResponses;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

/**
 * ${Labels} over HTTP, in JSON: only the translation of requests and responses. uniform-runtime adds and documents
 * what all resources do alike: ETag, Location, If-Match (412, 428), Idempotency-Key (422), 404, sorting and problems.
 */
@Path("/${resourcePath}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "${Labels}", description = "Create, find, change and remove ${labels}.")
public class ${resource}Resource {

    private static final String EXPORT = "export of ${labels}";

    private final ${resource}Service service;
    private final Paging paging;
    private final Preconditions preconditions;
    private final StreamedResponses streams;

    public ${resource}Resource(${resource}Service service, Paging paging, Preconditions preconditions, StreamedResponses streams) {
        this.service = service;
        this.paging = paging;
        this.preconditions = preconditions;
        this.streams = streams;
    }

    @POST
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(operationId = "create${resource}", summary = "Create ${aLabel}", description = "Adds ${aLabel}.")
    @APIResponse(responseCode = "201")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of its unique values.")
#end
#if( !$referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with a different request, or ${referenceProblem}.")
#end
    public Uni<RestResponse<${resource}Response>> create(@RestHeader(IdempotencyKey.HEADER) String key, @Valid @NotNull ${resource}Request request, UriInfo uri) {
        return service.create(request, IdempotencyKey.fromHeader(key)).map(created -> Responses.created(uri, created));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "get${resource}", summary = "Get ${aLabel}", description = "Reads one ${label} by identifier.")
    public Uni<${resource}Response> get(@RestPath long id) {
        return service.get(id);
    }

    @GET
    @Operation(
            operationId = "list${Resources}",
            summary = "List ${labels}",
            description = "Pages through the ${labels} that match every given filter, sorted by the given fields.")
    public Uni<CursorPage<${resource}Response>> list(@Valid @BeanParam PageParameters page, @Valid @BeanParam ${resource}Filter filter) {
        return service.list(filter, paging.request(page, ${resource}Sort.class));
    }

    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @Operation(
            operationId = "export${Resources}",
            summary = "Export all ${labels}",
            description = "Streams every ${label} in identifier order as newline-delimited JSON, or as server-sent"
                    + " events when Accept asks for text/event-stream, read a chunk at a time as the caller consumes.")
    @APIResponse(responseCode = "200", description = "One ${label} per line, or per event.")
    public Multi<byte[]> export() {
        return streams.ndjson(service.export(), EXPORT);
    }

    /** The export as server-sent events; documented with {@link #export()}: one operation, two media types. */
    @GET
    @Path("/export")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Multi<${resource}Response> exportEvents() {
        return streams.items(service.export().onItem().disjoint(), EXPORT);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(operationId = "replace${resource}", summary = "Replace ${aLabel}", description = "Sets every field.")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of the new unique values.")
#end
#if( !$referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "${referenceProblem.substring(0,1).toUpperCase()}${referenceProblem.substring(1)}.")
#end
    public Uni<${resource}Response> replace(@RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch, @Valid @NotNull ${resource}Request request) {
        return service.replace(id, preconditions.ifMatch(ifMatch), request);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(
            operationId = "change${resource}",
            summary = "Change some fields of ${aLabel}",
            description = "Changes the fields present in the body; absent or null fields keep their value.")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of the new unique values.")
#end
#if( !$referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "${referenceProblem.substring(0,1).toUpperCase()}${referenceProblem.substring(1)}.")
#end
    public Uni<${resource}Response> patch(@RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch, @Valid @NotNull ${resource}Patch patch) {
        return service.patch(id, preconditions.ifMatch(ifMatch), patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.DELETE)
    @Operation(operationId = "delete${resource}", summary = "Delete ${aLabel}", description = "Removes ${aLabel} for good.")
    public Uni<Void> delete(@RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch) {
        return service.delete(id, preconditions.ifMatch(ifMatch));
    }
}
