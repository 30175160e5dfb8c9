package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.valid;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.uniform.devauth.DevTokens;
import dev.uniform.sample.client.ApiClient;
import dev.uniform.sample.client.ApiException;
import dev.uniform.sample.client.ApiResponse;
import dev.uniform.sample.client.api.ProductsApi;
import dev.uniform.sample.client.model.PageProductResponse;
import dev.uniform.sample.client.model.Problem;
import dev.uniform.sample.client.model.ProductPatch;
import dev.uniform.sample.client.model.ProductRequest;
import dev.uniform.sample.client.model.ProductResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation driven through a Java client that openapi-generator (generator java, library native) made from
 * api/openapi.json at build time, as a consumer of the API makes one: method names from the operationIds, the media
 * types it sends in Accept from the document, and its models, must all work against the running service.
 */
@QuarkusTest
class ProductClientTests {

    private static final String TOKEN = DevTokens.issue("client", Set.of(ProductRoles.WRITE, ProductRoles.DELETE));

    private ApiClient client;
    private ProductsApi api;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
        api = new ProductsApi(client);
    }

    @Test
    void shouldCreateOnceForAnIdempotencyKeyAndReadWhatWasCreated() throws Exception {
        Map<String, Object> sent = valid();
        ProductRequest request = request(sent);
        String key = UUID.randomUUID().toString();

        ApiResponse<ProductResponse> created =
                api.createProductWithHttpInfo(ProductsApi.APICreateProductRequest.newBuilder()
                        .productRequest(request)
                        .idempotencyKey(key)
                        .build());
        ApiResponse<ProductResponse> replayed =
                api.createProductWithHttpInfo(ProductsApi.APICreateProductRequest.newBuilder()
                        .productRequest(request)
                        .idempotencyKey(key)
                        .build());

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location"))
                .endsWith("/products/" + created.getData().getId());
        assertThat(created.getData().getVersion()).isZero();
        assertThat(replayed.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");
        ProductResponse read = api.getProduct(created.getData().getId());
        assertThat(read).isEqualTo(created.getData());
        assertSameValues(sent, asMap(read));
    }

    @Test
    void shouldListAPageInTheRequestedOrder() throws Exception {
        long older = api.createProduct(create(request(valid()))).getId();
        long newer = api.createProduct(create(request(valid()))).getId();

        PageProductResponse page = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .sort("-createdAt")
                .size(2)
                .build());

        assertThat(page.getItems()).extracting(ProductResponse::getId).containsExactly(newer, older);
        assertThat(page.getTotalItems()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldReplaceAndChangeWithTheETagAndRefuseAStaleChange() throws Exception {
        ProductResponse created = api.createProduct(create(request(valid())));
        ApiResponse<ProductResponse> read = api.getProductWithHttpInfo(created.getId());
        String firstVersion = header(read, "ETag");
        Map<String, Object> replacement = valid();
        ProductPatch patch = client.getObjectMapper().convertValue(ProductFixtures.patch(), ProductPatch.class);

        ApiResponse<ProductResponse> replaced =
                api.replaceProductWithHttpInfo(ProductsApi.APIReplaceProductRequest.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .productRequest(request(replacement))
                        .build());
        ProductResponse changed = api.changeProduct(ProductsApi.APIChangeProductRequest.newBuilder()
                .id(created.getId())
                .ifMatch(header(replaced, "ETag"))
                .productPatch(patch)
                .build());
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> api.changeProduct(ProductsApi.APIChangeProductRequest.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .productPatch(patch)
                        .build()));

        assertSameValues(replacement, asMap(replaced.getData()));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = problemOf(stale);
        assertThat(problem.getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(api.getProduct(created.getId()).getVersion()).isEqualTo(2);
    }

    @Test
    void shouldRefuseATakenUniqueValueWithAProblem() throws Exception {
        Map<String, Object> first = valid();
        api.createProduct(create(request(first)));
        Map<String, Object> second = valid();
        second.put("code", first.get("code"));

        ApiException duplicate =
                catchThrowableOfType(ApiException.class, () -> api.createProduct(create(request(second))));

        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(problemOf(duplicate).getType()).isEqualTo("urn:uniform:problem:conflict");
    }

    @Test
    void shouldExportAsAStreamOfProducts() throws Exception {
        ProductResponse created = api.createProduct(create(request(valid())));

        File export = api.exportProducts();

        List<String> lines = Files.readAllLines(export.toPath()).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> items = lines.stream().map(this::json).toList();
        assertThat(items).anySatisfy(item -> assertThat(item.get("id").asLong()).isEqualTo(created.getId()));
        Files.delete(export.toPath());
    }

    @Test
    void shouldDeleteWithTheETagAndThenAnswerNotFound() throws Exception {
        ProductResponse created = api.createProduct(create(request(valid())));

        ApiResponse<Void> deleted = api.deleteProductWithHttpInfo(ProductsApi.APIDeleteProductRequest.newBuilder()
                .id(created.getId())
                .ifMatch("\"" + created.getVersion() + "\"")
                .build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.getProduct(created.getId()));

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }

    /** The client's model of a request body, from a body of the fixtures. */
    private ProductRequest request(Map<String, Object> body) {
        return client.getObjectMapper().convertValue(body, ProductRequest.class);
    }

    /** The client's model as the JSON object it stands for. */
    private Map<String, Object> asMap(ProductResponse response) throws Exception {
        return client.getObjectMapper().readValue(client.getObjectMapper().writeValueAsString(response), Map.class);
    }

    private static ProductsApi.APICreateProductRequest create(ProductRequest request) {
        return ProductsApi.APICreateProductRequest.newBuilder()
                .productRequest(request)
                .build();
    }

    private Problem problemOf(ApiException refusal) throws Exception {
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }

    private JsonNode json(String line) {
        try {
            return client.getObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** HTTP header names are case-insensitive; the client keeps them as received. */
    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
