package dev.uniform.testapp;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.Preconditions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import dev.uniform.resource.Responses;
import dev.uniform.streaming.StreamedResponses;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

/** Widgets over HTTP, written as a generated service writes a resource: only the translation of HTTP. */
@Path("/widgets")
public class WidgetResource {

    private static final String EXPORT = "export of widgets";

    private final WidgetService service;
    private final Preconditions preconditions;
    private final StreamedResponses streams;
    private final Paging paging;

    public WidgetResource(
            WidgetService service, Preconditions preconditions, StreamedResponses streams, Paging paging) {
        this.service = service;
        this.preconditions = preconditions;
        this.streams = streams;
        this.paging = paging;
    }

    @GET
    public Uni<CursorPage<WidgetResponse>> list(
            @Valid @BeanParam PageParameters page,
            @RestQuery @Size(max = 40) String code,
            @RestQuery WidgetColour colour) {
        return service.list(code, colour, paging.request(page, WidgetSort.class));
    }

    @POST
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "Another widget has this code.")
    public Uni<RestResponse<WidgetResponse>> create(
            @RestHeader(IdempotencyKey.HEADER) String key, @Valid @NotNull WidgetRequest request, UriInfo uri) {
        return service.create(request, IdempotencyKey.fromHeader(key)).map(created -> Responses.created(uri, created));
    }

    @GET
    @Path("/{id}")
    public Uni<WidgetResponse> get(@RestPath long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "409", description = "Another widget has this code.")
    public Uni<WidgetResponse> replace(
            @RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch, @Valid @NotNull WidgetRequest request) {
        return service.replace(id, preconditions.ifMatch(ifMatch), request);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Void> delete(@RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch) {
        return service.delete(id, preconditions.ifMatch(ifMatch));
    }

    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @APIResponse(responseCode = "200", description = "One widget per line, or per event.")
    public Multi<byte[]> export() {
        return streams.ndjson(service.export(), EXPORT);
    }

    @GET
    @Path("/export")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Multi<WidgetResponse> exportEvents() {
        return streams.items(service.export().onItem().disjoint(), EXPORT);
    }
}
