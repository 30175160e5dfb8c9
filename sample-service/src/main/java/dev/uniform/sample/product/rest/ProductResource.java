package dev.uniform.sample.product.rest;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.Preconditions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import dev.uniform.resource.Responses;
import dev.uniform.sample.product.ProductRoles;
import dev.uniform.sample.product.api.ProductFilter;
import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.api.ProductSort;
import dev.uniform.sample.product.service.ProductService;
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
 * Products over HTTP, in JSON: only the translation of requests and responses. uniform-runtime adds and documents
 * what all resources do alike: ETag, Location, If-Match (412, 428), Idempotency-Key (422), 404, sorting and problems.
 */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Create, find, change and remove products.")
public class ProductResource {

    private static final String EXPORT = "export of products";

    private final ProductService service;
    private final Paging paging;
    private final Preconditions preconditions;
    private final StreamedResponses streams;

    public ProductResource(
            ProductService service, Paging paging, Preconditions preconditions, StreamedResponses streams) {
        this.service = service;
        this.paging = paging;
        this.preconditions = preconditions;
        this.streams = streams;
    }

    @POST
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(operationId = "createProduct", summary = "Create a product", description = "Adds a product.")
    @APIResponse(responseCode = "201")
    @APIResponse(responseCode = "409", description = "Another product already has one of its unique values.")
    public Uni<RestResponse<ProductResponse>> create(
            @RestHeader(IdempotencyKey.HEADER) String key, @Valid @NotNull ProductRequest request, UriInfo uri) {
        return service.create(request, IdempotencyKey.fromHeader(key)).map(created -> Responses.created(uri, created));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Get a product", description = "Reads one product by identifier.")
    public Uni<ProductResponse> get(@RestPath long id) {
        return service.get(id);
    }

    @GET
    @Operation(
            operationId = "listProducts",
            summary = "List products",
            description = "Pages through the products that match every given filter, sorted by the given fields.")
    public Uni<CursorPage<ProductResponse>> list(
            @Valid @BeanParam PageParameters page, @Valid @BeanParam ProductFilter filter) {
        return service.list(filter, paging.request(page, ProductSort.class));
    }

    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @Operation(
            operationId = "exportProducts",
            summary = "Export all products",
            description = "Streams every product in identifier order as newline-delimited JSON, or as server-sent"
                    + " events when Accept asks for text/event-stream, read a chunk at a time as the caller consumes.")
    @APIResponse(responseCode = "200", description = "One product per line, or per event.")
    public Multi<byte[]> export() {
        return streams.ndjson(service.export(), EXPORT);
    }

    /** The export as server-sent events; documented with {@link #export()}: one operation, two media types. */
    @GET
    @Path("/export")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Multi<ProductResponse> exportEvents() {
        return streams.items(service.export().onItem().disjoint(), EXPORT);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(operationId = "replaceProduct", summary = "Replace a product", description = "Sets every field.")
    @APIResponse(responseCode = "409", description = "Another product already has one of the new unique values.")
    public Uni<ProductResponse> replace(
            @RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch, @Valid @NotNull ProductRequest request) {
        return service.replace(id, preconditions.ifMatch(ifMatch), request);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(
            operationId = "changeProduct",
            summary = "Change some fields of a product",
            description = "Changes the fields present in the body; absent or null fields keep their value.")
    @APIResponse(responseCode = "409", description = "Another product already has one of the new unique values.")
    public Uni<ProductResponse> patch(
            @RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch, @Valid @NotNull ProductPatch patch) {
        return service.patch(id, preconditions.ifMatch(ifMatch), patch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ProductRoles.DELETE)
    @Operation(operationId = "deleteProduct", summary = "Delete a product", description = "Removes a product for good.")
    public Uni<Void> delete(@RestPath long id, @RestHeader(IfMatch.HEADER) String ifMatch) {
        return service.delete(id, preconditions.ifMatch(ifMatch));
    }
}
