#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.rest;

import dev.uniform.concurrency.EntityTags;
import dev.uniform.concurrency.Preconditions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import dev.uniform.streaming.StreamedResponses;
import ${package}.${feature}.${resource}Filter;
import ${package}.${feature}.${resource}Roles;
#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import ${package}.${feature}.api.${resource}Patch;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.api.${resource}Sort;
import ${package}.${feature}.service.${resource}Service;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.common.util.RestMediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** ${Labels} over HTTP. Translates requests and responses; the service does the work. */
@Path("/${resourcePath}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "${Labels}", description = "Create, find, change and remove ${labels}.")
public class ${resource}Resource {

    private static final String ID = "${Label} identifier.";
    private static final String IF_MATCH = "The ETag of the ${label} as last read; required. * matches any version.";
    private static final String ETAG = "The version of this state, for If-Match.";
    private static final String IDEMPOTENCY_KEY = "A key the client makes for this one request, such as a UUID: a retry"
            + " with the same key and body gets the first response instead of creating again. Remembered for a day.";

    private static final String EXPORT = "export of ${labels}";

    private final ${resource}Service service;
    private final Paging paging;
    private final Preconditions preconditions;
    private final StreamedResponses streams;

    public ${resource}Resource(
            ${resource}Service service, Paging paging, Preconditions preconditions, StreamedResponses streams) {
        this.service = service;
        this.paging = paging;
        this.preconditions = preconditions;
        this.streams = streams;
    }

    /** Creates ${aLabel} and answers 201 with its location. */
    @POST
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(
            operationId = "create${resource}",
            summary = "Create ${aLabel}",
#if( $uniqueFields.isEmpty() )
            description = "Adds ${aLabel}.")
#else
            description = "Adds ${aLabel}; its unique values must not be in use yet.")
#end
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Request.class),
                            examples = @ExampleObject(name = "complete", value = ${resource}Request.EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header holds its URL.",
            headers = {
                @Header(name = "Location", description = "URL of the new ${label}."),
                @Header(name = "ETag", description = ETAG),
                @Header(
                        name = Idempotent.REPLAYED_HEADER,
                        description = "true when this is the first response to the same Idempotency-Key, replayed.")
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Response.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of its unique values.")
#end
#if( $referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with a different request.")
#else
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was first used with a different request, or ${referenceProblem}.")
#end
    public Uni<RestResponse<${resource}Response>> create(
            @RestHeader(IdempotencyKey.HEADER)
                    @Parameter(description = IDEMPOTENCY_KEY, example = "8e4f9b2c-1d3a-4c5e-9f7b-6a2d0c8e1f34")
                    String idempotencyKey,
            @Valid @NotNull ${resource}Request request,
            UriInfo uri) {
        return service.create(request, IdempotencyKey.fromHeader(idempotencyKey))
                .map(outcome -> created(uri, outcome));
    }

    /** Reads one ${label}. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "get${resource}",
            summary = "Get ${aLabel}",
            description = "Reads one ${label} by its identifier.")
    @APIResponse(
            responseCode = "200",
            description = "The ${label}.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Response.class)))
    @APIResponse(responseCode = "404", description = "No ${label} has this identifier.")
    public Uni<RestResponse<${resource}Response>> get(@RestPath @Parameter(description = ID, example = "1") long id) {
        return service.get(id).map(${resource}Resource::tagged);
    }

    /** Lists ${labels} a page at a time, filtered and sorted. */
    @GET
    @Operation(
            operationId = "list${Resources}",
            summary = "List ${labels}",
            description = "Pages through the ${labels} that match every given filter, sorted by the given fields.")
#set( $sortNames = "" )
#foreach( $field in $sortableFields )#set( $sortNames = "${sortNames}${field.name}, " )#end
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "Comma-separated fields among ${sortNames}createdAt, updatedAt; prefix '-' for descending."
                    + " Default: ${defaultSort}.",
            example = "-createdAt")
    @APIResponse(responseCode = "200", description = "One page of matching ${labels}.")
    @APIResponse(responseCode = "400", description = "A paging, sorting or filter parameter is not valid; it is named.")
    public Uni<Page<${resource}Response>> list(
            @Valid @BeanParam PageParameters page#if( $fieldList.isEmpty() )) {#else,#end
#foreach( $field in $fieldList )
#set( $moreFields = $foreach.hasNext )
#if( $field.kind == "text" )
            @Parameter(description = "Only ${labels} whose ${field.label} contains this text, ignoring case.", example = "${field.exampleText}")
                    @RestQuery
                    @Size(max = 100)
                    String ${field.name}#if( $foreach.hasNext ),#else) {#end
#elseif( $field.kind == "exact" )
            @Parameter(description = "Only ${labels} ${field.exactFilter}.", example = "${field.exampleText}") @RestQuery
                    ${field.javaType} ${field.name}#if( $foreach.hasNext ),#else) {#end
#else
#foreach( $bound in ["min", "max"] )
#if( $bound == "min" )#set( $comparison = "at least" )#else#set( $comparison = "at most" )#end
            @Parameter(description = "Only ${labels} whose ${field.label} is ${comparison} this.", example = "${field.exampleText}")
                    @RestQuery
#if( $field.type == "BigDecimal" )
                    @DecimalMin("-9999999999.99")
                    @DecimalMax("9999999999.99")
                    @Digits(integer = 10, fraction = 2)
#end
                    ${field.javaType} ${bound}${field.Name}#if( $moreFields || $bound == "min" ),#else) {#end
#end
#end
#end
        ${resource}Filter filter = new ${resource}Filter(
#set( $arguments = "" )
#foreach( $field in $fieldList )
#if( $field.kind == "text" || $field.kind == "exact" )
#set( $arguments = "${arguments}${field.name}, " )
#else
#set( $arguments = "${arguments}min${field.Name}, max${field.Name}, " )
#end
#end
                ${arguments.replaceAll(", $", "")});
        return service.list(filter, paging.request(page, ${resource}Sort.class, ${resource}Sort.DEFAULT));
    }

    /**
     * Streams every ${label} at the pace the caller reads: one JSON object per line, written a chunk of lines at a
     * time, or one server-sent event each for callers that ask for {@code text/event-stream}.
     */
    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @Operation(
            operationId = "export${Resources}",
            summary = "Export all ${labels}",
            description = "Streams every ${label} in identifier order as newline-delimited JSON (NDJSON), or as"
                    + " server-sent events when the Accept header asks for text/event-stream, read from the database a"
                    + " chunk at a time as the caller consumes them.")
    @APIResponse(
            responseCode = "200",
            description = "One ${label} per line, or per event.",
            content = {
                @Content(
                        mediaType = RestMediaType.APPLICATION_NDJSON,
                        schema = @Schema(implementation = ${resource}Response.class)),
                @Content(
                        mediaType = MediaType.SERVER_SENT_EVENTS,
                        schema = @Schema(implementation = ${resource}Response.class))
            })
    public Multi<byte[]> export() {
        return streams.ndjson(service.exportChunks(), EXPORT);
    }

    /**
     * The same export as server-sent events, for callers whose Accept header asks for {@code text/event-stream}.
     * Documented with {@link #export()}: one operation, two media types.
     */
    @GET
    @Path("/export")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Multi<${resource}Response> exportEvents() {
        return streams.items(service.export(), EXPORT);
    }

    /** Replaces every field of ${aLabel}. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(
            operationId = "replace${resource}",
            summary = "Replace ${aLabel}",
            description = "Sets every field of an existing ${label}.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Request.class),
                            examples = @ExampleObject(name = "complete", value = ${resource}Request.EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The ${label} as now stored.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Response.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
    @APIResponse(responseCode = "404", description = "No ${label} has this identifier.")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of the new unique values.")
#end
#if( !$referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "${referenceProblem.substring(0,1).toUpperCase()}${referenceProblem.substring(1)}.")
#end
    @APIResponse(responseCode = "412", description = "The ${label} has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<RestResponse<${resource}Response>> replace(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull ${resource}Request request) {
        return service.replace(id, preconditions.ifMatch(ifMatch), request).map(${resource}Resource::tagged);
    }

    /** Changes some fields of ${aLabel}. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.WRITE)
    @Operation(
            operationId = "change${resource}",
            summary = "Change some fields of ${aLabel}",
            description = "Changes the fields present in the body; absent or null fields keep their value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Patch.class),
                            examples = @ExampleObject(name = "one-field", value = ${resource}Patch.EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The ${label} as now stored.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ${resource}Response.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
    @APIResponse(responseCode = "404", description = "No ${label} has this identifier.")
#if( !$uniqueFields.isEmpty() )
    @APIResponse(responseCode = "409", description = "Another ${label} already has one of the new unique values.")
#end
#if( !$referenceFields.isEmpty() )
    @APIResponse(responseCode = "422", description = "${referenceProblem.substring(0,1).toUpperCase()}${referenceProblem.substring(1)}.")
#end
    @APIResponse(responseCode = "412", description = "The ${label} has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<RestResponse<${resource}Response>> patch(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull ${resource}Patch patch) {
        return service.patch(id, preconditions.ifMatch(ifMatch), patch).map(${resource}Resource::tagged);
    }

    /** Removes ${aLabel}. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(${resource}Roles.DELETE)
    @Operation(
            operationId = "delete${resource}",
            summary = "Delete ${aLabel}",
            description = "Removes ${aLabel} for good.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No ${label} has this identifier.")
    @APIResponse(responseCode = "412", description = "The ${label} has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<Void> delete(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch) {
        return service.delete(id, preconditions.ifMatch(ifMatch));
    }

    /** A single ${label} with its version as ETag, so that the caller can send it back in If-Match. */
    private static RestResponse<${resource}Response> tagged(${resource}Response representation) {
        return RestResponse.ResponseBuilder.ok(representation)
                .header(HttpHeaders.ETAG, EntityTags.of(representation.version()))
                .build();
    }

    private static RestResponse<${resource}Response> created(UriInfo uri, Idempotent<${resource}Response> outcome) {
        ${resource}Response created = outcome.value();
        RestResponse.ResponseBuilder<${resource}Response> response = RestResponse.ResponseBuilder.<${resource}Response>created(
                        locationOf(uri, created))
                .entity(created)
                .header(HttpHeaders.ETAG, EntityTags.of(created.version()));
        if (outcome.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static URI locationOf(UriInfo uri, ${resource}Response created) {
        return uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    }
}
