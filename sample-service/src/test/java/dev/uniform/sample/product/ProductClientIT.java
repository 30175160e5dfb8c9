package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.valid;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.uniform.devauth.PackagedServiceIssuer;
import dev.uniform.devauth.TestTokens;
import dev.uniform.devdb.PackagedServiceDatabase;
import dev.uniform.sample.client.ApiClient;
import dev.uniform.sample.client.ApiException;
import dev.uniform.sample.client.ApiResponse;
import dev.uniform.sample.client.api.ProductsApi;
import dev.uniform.sample.client.model.CursorPageProductResponse;
import dev.uniform.sample.client.model.Problem;
import dev.uniform.sample.client.model.ProductPatch;
import dev.uniform.sample.client.model.ProductRequest;
import dev.uniform.sample.client.model.ProductResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as production runs it ({@code java -jar} in the production profile, a real PostgreSQL, a real
 * issuer's tokens), driven through the Java client openapi-generator makes from api/openapi.json, as a consumer of the
 * API makes one. On JDK 25 this run also trains the service's AOT cache ({@code target/quarkus-app/app.aot}).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceDatabase.class)
@WithTestResource(PackagedServiceIssuer.class)
class ProductClientIT {

    private ApiClient client;
    private ProductsApi api;

    @BeforeEach
    void connect() {
        String token = TestTokens.issue("client", Set.of(ProductRoles.WRITE, ProductRoles.DELETE));
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        api = new ProductsApi(client);
    }

    @Test
    void shouldTakeAProductThroughItsWholeLife() throws Exception {
        Map<String, Object> sent = valid();
        String key = UUID.randomUUID().toString();

        ApiResponse<ProductResponse> created = api.createProductWithHttpInfo(create(request(sent), key));
        ApiResponse<ProductResponse> replayed = api.createProductWithHttpInfo(create(request(sent), key));
        long id = created.getData().getId();
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location")).endsWith("/products/" + id);
        assertThat(replayed.getData()).isEqualTo(created.getData());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.getProduct(id)).isEqualTo(created.getData());
        assertSameValues(sent, asMap(api.getProduct(id)));
        assertThat(api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                                .sort("-createdAt")
                                .size(1)
                                .build())
                        .getItems())
                .extracting(ProductResponse::getId)
                .containsExactly(id);

        Map<String, Object> replacement = valid();
        ApiResponse<ProductResponse> replaced =
                api.replaceProductWithHttpInfo(ProductsApi.APIReplaceProductRequest.newBuilder()
                        .id(id)
                        .ifMatch(header(created, "ETag"))
                        .productRequest(request(replacement))
                        .build());
        assertSameValues(replacement, asMap(replaced.getData()));
        ProductPatch patch = client.getObjectMapper().convertValue(ProductFixtures.patch(), ProductPatch.class);
        ApiException stale =
                catchThrowableOfType(ApiException.class, () -> api.changeProduct(changeOf(id, "\"0\"", patch)));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problemOf(stale).getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(api.changeProduct(changeOf(id, header(replaced, "ETag"), patch))
                        .getVersion())
                .isEqualTo(2);

        Path export = api.exportProducts().toPath();
        assertThat(Files.readAllLines(export))
                .anySatisfy(line -> assertThat(line).contains("\"id\":" + id + ","));
        Files.delete(export);

        api.deleteProduct(ProductsApi.APIDeleteProductRequest.newBuilder()
                .id(id)
                .ifMatch("\"2\"")
                .build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.getProduct(id));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }

    @Test
    void shouldPageByCursorThroughTheClient() throws Exception {
        long first = api.createProduct(create(request(valid()), null)).getId();
        long second = api.createProduct(create(request(valid()), null)).getId();
        long third = api.createProduct(create(request(valid()), null)).getId();

        CursorPageProductResponse newest = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .sort("-createdAt")
                .size(1)
                .build());
        CursorPageProductResponse older = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .cursor(newest.getNext())
                .size(1)
                .build());
        CursorPageProductResponse oldest = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .cursor(older.getNext())
                .size(1)
                .build());
        CursorPageProductResponse back = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .cursor(oldest.getPrevious())
                .size(1)
                .build());

        assertThat(List.of(newest, older, oldest))
                .flatExtracting(CursorPageProductResponse::getItems)
                .extracting(ProductResponse::getId)
                .containsExactly(third, second, first);
        assertThat(back.getItems()).extracting(ProductResponse::getId).containsExactly(second);
        assertThat(newest.getPrevious()).isNull();
        assertThat(newest.getTotalItems()).isNull();
    }

    @Test
    void shouldRefuseATakenUniqueValueWithAProblem() throws Exception {
        Map<String, Object> first = valid();
        api.createProduct(create(request(first), null));
        Map<String, Object> second = valid();
        second.put("code", first.get("code"));

        ApiException taken =
                catchThrowableOfType(ApiException.class, () -> api.createProduct(create(request(second), null)));

        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(problemOf(taken).getDetail())
                .isEqualTo("Another product already has this code; code must be unique.");
    }

    private ProductRequest request(Map<String, Object> body) {
        return client.getObjectMapper().convertValue(body, ProductRequest.class);
    }

    private static ProductsApi.APICreateProductRequest create(ProductRequest request, String key) {
        return ProductsApi.APICreateProductRequest.newBuilder()
                .productRequest(request)
                .idempotencyKey(key)
                .build();
    }

    private static ProductsApi.APIChangeProductRequest changeOf(long id, String ifMatch, ProductPatch patch) {
        return ProductsApi.APIChangeProductRequest.newBuilder()
                .id(id)
                .ifMatch(ifMatch)
                .productPatch(patch)
                .build();
    }

    /** The client's model as the JSON object it stands for. */
    private Map<String, Object> asMap(ProductResponse response) {
        return client.getObjectMapper().convertValue(response, Map.class);
    }

    private Problem problemOf(ApiException refusal) throws Exception {
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }

    /** HTTP header names are case-insensitive; the client keeps them as received. */
    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
