package dev.uniform.sample.product.rest;

import dev.uniform.concurrency.EntityTags;
import dev.uniform.concurrency.Preconditions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import dev.uniform.sample.product.ProductFilter;
import dev.uniform.sample.product.ProductRoles;
import dev.uniform.sample.product.ProductStatus;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

/** Products over HTTP. Translates requests and responses; the service does the work. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Create, find, change and remove products.")
public class ProductResource {

    private static final String ID = "Product identifier.";
    private static final String IF_MATCH = "The ETag of the product as last read; required. * matches any version.";
    private static final String ETAG = "The version of this state, for If-Match.";
    private static final String IDEMPOTENCY_KEY = "A key the client makes for this one request, such as a UUID: a retry"
            + " with the same key and body gets the first response instead of creating again. Remembered for a day.";

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

    /** Creates a product and answers 201 with its location. */
    @POST
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(
            operationId = "createProduct",
            summary = "Create a product",
            description = "Adds a product; its unique values must not be in use yet.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductRequest.class),
                            examples = @ExampleObject(name = "complete", value = ProductRequest.EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header holds its URL.",
            headers = {
                @Header(name = "Location", description = "URL of the new product."),
                @Header(name = "ETag", description = ETAG),
                @Header(
                        name = Idempotent.REPLAYED_HEADER,
                        description = "true when this is the first response to the same Idempotency-Key, replayed.")
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
    @APIResponse(responseCode = "409", description = "Another product already has one of its unique values.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with a different request.")
    public Uni<RestResponse<ProductResponse>> create(
            @RestHeader(IdempotencyKey.HEADER)
                    @Parameter(description = IDEMPOTENCY_KEY, example = "8e4f9b2c-1d3a-4c5e-9f7b-6a2d0c8e1f34")
                    String idempotencyKey,
            @Valid @NotNull ProductRequest request,
            UriInfo uri) {
        return service.create(request, IdempotencyKey.fromHeader(idempotencyKey))
                .map(outcome -> created(uri, outcome));
    }

    /** Reads one product. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getProduct",
            summary = "Get a product",
            description = "Reads one product by its identifier.")
    @APIResponse(
            responseCode = "200",
            description = "The product.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "404", description = "No product has this identifier.")
    public Uni<RestResponse<ProductResponse>> get(@RestPath @Parameter(description = ID, example = "1") long id) {
        return service.get(id).map(ProductResource::tagged);
    }

    /** Lists products a page at a time, filtered and sorted. */
    @GET
    @Operation(
            operationId = "listProducts",
            summary = "List products",
            description = "Pages through the products that match every given filter, sorted by the given fields.")
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description =
                    "Comma-separated fields among code, name, price, status, createdAt, updatedAt; prefix '-' for descending."
                            + " Default: code.",
            example = "-createdAt")
    @APIResponse(responseCode = "200", description = "One page of matching products.")
    @APIResponse(responseCode = "400", description = "A paging, sorting or filter parameter is not valid; it is named.")
    public Uni<Page<ProductResponse>> list(
            @Valid @BeanParam PageParameters page,
            @Parameter(
                            description = "Only products whose code contains this text, ignoring case.",
                            example = "Example code")
                    @RestQuery
                    @Size(max = 100)
                    String code,
            @Parameter(
                            description = "Only products whose name contains this text, ignoring case.",
                            example = "Example name")
                    @RestQuery
                    @Size(max = 100)
                    String name,
            @Parameter(description = "Only products whose price is at least this.", example = "24.50")
                    @RestQuery
                    @DecimalMin("-9999999999.99")
                    @DecimalMax("9999999999.99")
                    @Digits(integer = 10, fraction = 2)
                    BigDecimal minPrice,
            @Parameter(description = "Only products whose price is at most this.", example = "24.50")
                    @RestQuery
                    @DecimalMin("-9999999999.99")
                    @DecimalMax("9999999999.99")
                    @Digits(integer = 10, fraction = 2)
                    BigDecimal maxPrice,
            @Parameter(description = "Only products with this status.", example = "DRAFT") @RestQuery
                    ProductStatus status) {
        ProductFilter filter = new ProductFilter(code, name, minPrice, maxPrice, status);
        return service.list(filter, paging.request(page, ProductSort.class, ProductSort.DEFAULT));
    }

    /**
     * Streams every product at the pace the caller reads: one JSON object per line, written a chunk of lines at a
     * time, or one server-sent event each for callers that ask for {@code text/event-stream}.
     */
    @GET
    @Path("/export")
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @Operation(
            operationId = "exportProducts",
            summary = "Export all products",
            description = "Streams every product in identifier order as newline-delimited JSON (NDJSON), or as"
                    + " server-sent events when the Accept header asks for text/event-stream, read from the database a"
                    + " chunk at a time as the caller consumes them.")
    @APIResponse(
            responseCode = "200",
            description = "One product per line, or per event.",
            content = {
                @Content(
                        mediaType = RestMediaType.APPLICATION_NDJSON,
                        schema = @Schema(implementation = ProductResponse.class)),
                @Content(
                        mediaType = MediaType.SERVER_SENT_EVENTS,
                        schema = @Schema(implementation = ProductResponse.class))
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
    public Multi<ProductResponse> exportEvents() {
        return streams.items(service.export(), EXPORT);
    }

    /** Replaces every field of a product. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(
            operationId = "replaceProduct",
            summary = "Replace a product",
            description = "Sets every field of an existing product.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductRequest.class),
                            examples = @ExampleObject(name = "complete", value = ProductRequest.EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The product as now stored.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
    @APIResponse(responseCode = "404", description = "No product has this identifier.")
    @APIResponse(responseCode = "409", description = "Another product already has one of the new unique values.")
    @APIResponse(responseCode = "412", description = "The product has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<RestResponse<ProductResponse>> replace(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull ProductRequest request) {
        return service.replace(id, preconditions.ifMatch(ifMatch), request).map(ProductResource::tagged);
    }

    /** Changes some fields of a product. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(ProductRoles.WRITE)
    @Operation(
            operationId = "changeProduct",
            summary = "Change some fields of a product",
            description = "Changes the fields present in the body; absent or null fields keep their value.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductPatch.class),
                            examples = @ExampleObject(name = "one-field", value = ProductPatch.EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "The product as now stored.",
            headers = @Header(name = "ETag", description = ETAG),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is malformed or a field is not valid; each bad field is named.")
    @APIResponse(responseCode = "404", description = "No product has this identifier.")
    @APIResponse(responseCode = "409", description = "Another product already has one of the new unique values.")
    @APIResponse(responseCode = "412", description = "The product has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<RestResponse<ProductResponse>> patch(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull ProductPatch patch) {
        return service.patch(id, preconditions.ifMatch(ifMatch), patch).map(ProductResource::tagged);
    }

    /** Removes a product. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(ProductRoles.DELETE)
    @Operation(operationId = "deleteProduct", summary = "Delete a product", description = "Removes a product for good.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No product has this identifier.")
    @APIResponse(responseCode = "412", description = "The product has changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Uni<Void> delete(
            @RestPath @Parameter(description = ID, example = "1") long id,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch) {
        return service.delete(id, preconditions.ifMatch(ifMatch));
    }

    /** A single product with its version as ETag, so that the caller can send it back in If-Match. */
    private static RestResponse<ProductResponse> tagged(ProductResponse representation) {
        return RestResponse.ResponseBuilder.ok(representation)
                .header(HttpHeaders.ETAG, EntityTags.of(representation.version()))
                .build();
    }

    private static RestResponse<ProductResponse> created(UriInfo uri, Idempotent<ProductResponse> outcome) {
        ProductResponse created = outcome.value();
        RestResponse.ResponseBuilder<ProductResponse> response = RestResponse.ResponseBuilder.<ProductResponse>created(
                        locationOf(uri, created))
                .entity(created)
                .header(HttpHeaders.ETAG, EntityTags.of(created.version()));
        if (outcome.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private static URI locationOf(UriInfo uri, ProductResponse created) {
        return uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
    }
}
