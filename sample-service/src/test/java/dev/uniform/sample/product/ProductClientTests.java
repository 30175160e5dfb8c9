package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.uniquePrefix;
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
import dev.uniform.sample.client.model.ProductStatistics;
import dev.uniform.sample.client.model.ProductStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.math.BigDecimal;
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
        ProductRequest request = request(uniquePrefix() + "-1", "Client kettle", "19.90");
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
        assertThat(created.getData().getCode()).isEqualTo(request.getCode());
        assertThat(created.getData().getVersion()).isZero();
        assertThat(replayed.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");

        ProductResponse read = api.getProduct(created.getData().getId());
        assertThat(read.getName()).isEqualTo("Client kettle");
        assertThat(read.getPrice()).isEqualByComparingTo("19.90");
        assertThat(read.getStatus()).isEqualTo(ProductStatus.ACTIVE);
    }

    @Test
    void shouldListWithFiltersAndSort() throws Exception {
        String prefix = uniquePrefix();
        api.createProduct(create(request(prefix + "-1", "Cheap", "5.00")));
        api.createProduct(create(request(prefix + "-2", "Dear", "50.00")));
        api.createProduct(create(request(prefix + "-3", "Middle", "20.00")));

        PageProductResponse page = api.listProducts(ProductsApi.APIListProductsRequest.newBuilder()
                .q(prefix)
                .status(ProductStatus.ACTIVE)
                .minPrice(new BigDecimal("10.00"))
                .sort("-price")
                .size(10)
                .build());

        assertThat(page.getTotalItems()).isEqualTo(2);
        assertThat(page.getItems()).extracting(ProductResponse::getName).containsExactly("Dear", "Middle");
    }

    @Test
    void shouldReplaceAndChangeWithTheETagAndRefuseAStaleChange() throws Exception {
        ProductResponse created = api.createProduct(create(request(uniquePrefix() + "-1", "Kettle", "10.00")));
        ApiResponse<ProductResponse> read = api.getProductWithHttpInfo(created.getId());
        String firstVersion = header(read, "ETag");

        ApiResponse<ProductResponse> replaced =
                api.replaceProductWithHttpInfo(ProductsApi.APIReplaceProductRequest.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .productRequest(request(created.getCode(), "Kettle II", "12.00"))
                        .build());
        ProductResponse changed = api.changeProduct(ProductsApi.APIChangeProductRequest.newBuilder()
                .id(created.getId())
                .ifMatch(header(replaced, "ETag"))
                .productPatch(new ProductPatch().price(new BigDecimal("11.00")))
                .build());
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> api.changeProduct(ProductsApi.APIChangeProductRequest.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .productPatch(new ProductPatch().name("Lost update"))
                        .build()));

        assertThat(replaced.getData().getName()).isEqualTo("Kettle II");
        assertThat(changed.getName()).isEqualTo("Kettle II");
        assertThat(changed.getPrice()).isEqualByComparingTo("11.00");
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = problemOf(stale);
        assertThat(problem.getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(api.getProduct(created.getId()).getName()).isEqualTo("Kettle II");
    }

    @Test
    void shouldRefuseADuplicateCodeWithAProblem() throws Exception {
        String code = uniquePrefix() + "-1";
        api.createProduct(create(request(code, "First", "1.00")));

        ApiException duplicate = catchThrowableOfType(
                ApiException.class, () -> api.createProduct(create(request(code, "Second", "2.00"))));

        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(problemOf(duplicate).getType()).isEqualTo("urn:uniform:problem:conflict");
    }

    @Test
    void shouldCountNewProductsInTheStatistics() throws Exception {
        ProductStatistics before = api.getProductStatistics();
        api.createProduct(create(request(uniquePrefix() + "-1", "Counted", "3.00")));

        ProductStatistics after = api.getProductStatistics();

        assertThat(after.getTotal()).isEqualTo(before.getTotal() + 1);
        assertThat(after.getByStatus()).containsKey("ACTIVE");
        assertThat(after.getByStatus().get("ACTIVE"))
                .isEqualTo(before.getByStatus().getOrDefault("ACTIVE", 0L) + 1);
    }

    @Test
    void shouldExportAsAStreamOfProducts() throws Exception {
        ProductResponse created = api.createProduct(create(request(uniquePrefix() + "-1", "Exported", "4.00")));

        File export = api.exportProducts();

        List<String> lines = Files.readAllLines(export.toPath()).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> items = lines.stream().map(this::json).toList();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("id").asLong()).isEqualTo(created.getId());
            assertThat(item.get("name").asText()).isEqualTo("Exported");
        });
        Files.delete(export.toPath());
    }

    @Test
    void shouldDeleteWithTheETagAndThenAnswerNotFound() throws Exception {
        ProductResponse created = api.createProduct(create(request(uniquePrefix() + "-1", "Doomed", "1.00")));

        ApiResponse<Void> deleted = api.deleteProductWithHttpInfo(ProductsApi.APIDeleteProductRequest.newBuilder()
                .id(created.getId())
                .ifMatch("\"" + created.getVersion() + "\"")
                .build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.getProduct(created.getId()));

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }

    private static ProductRequest request(String code, String name, String price) {
        return new ProductRequest()
                .code(code)
                .name(name)
                .price(new BigDecimal(price))
                .status(ProductStatus.ACTIVE);
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
