package dev.uniform.sample;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.devauth.DevTokens;
import dev.uniform.sample.product.ProductRoles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published API document is complete, and its examples are requests the API accepts. */
@QuarkusTest
class OpenApiDocumentTests {

    private static final String EDITOR = DevTokens.issue("editor", Set.of(ProductRoles.WRITE, ProductRoles.DELETE));

    private static JsonPath document() {
        return given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Error responses, their problem bodies and the token each operation needs are uniform-runtime's, tested there. */
    @Test
    void shouldDescribeEveryOperationWithTagSummaryAndDescription() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        assertThat(paths).containsKeys("/products", "/products/{id}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method + " " + path;
            assertThat(operation.get("tags")).as(where).isEqualTo(List.of("Products"));
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            assertThat((String) operation.get("description")).as(where).isNotBlank();
        }));
    }

    @Test
    void shouldAcceptTheDocumentedCreateExampleAsItIs() {
        Object example =
                document().get("paths.'/products'.post.requestBody.content.'application/json'.examples.complete.value");
        assertThat(example).as("create example").isInstanceOf(Map.class);
        Map<?, ?> body = (Map<?, ?>) example;
        removeAllWithCode(body.get("code").toString());

        JsonPath created = given().auth()
                .oauth2(EDITOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(created.getString("code")).isEqualTo(body.get("code"));
        assertThat(created.getString("name")).isEqualTo(body.get("name"));
        assertThat(created.getString("status")).isEqualTo(body.get("status"));
    }

    /** Other tests may have created the example's product already: its code is unique. */
    private static void removeAllWithCode(String code) {
        List<Integer> ids =
                given().queryParam("q", code).get("/products").jsonPath().getList("items.id");
        ids.forEach(id -> given().auth()
                .oauth2(EDITOR)
                .header("If-Match", "*")
                .delete("/products/{id}", id)
                .then()
                .statusCode(204));
    }

    @Test
    void shouldDescribeEachListingParameterOnce() {
        List<Map<String, Object>> parameters = document().getList("paths.'/products'.get.parameters");

        assertThat(parameters)
                .extracting(parameter -> parameter.get("name"))
                .containsExactlyInAnyOrder("page", "size", "sort", "status", "q", "minPrice", "maxPrice");
        assertThat(parameters)
                .allSatisfy(parameter -> assertThat((String) parameter.get("description"))
                        .as("description of %s", parameter.get("name"))
                        .isNotBlank());
    }

    @Test
    void shouldTypeTheItemsOfAPage() {
        JsonPath document = document();
        String pageRef =
                document.getString("paths.'/products'.get.responses.'200'.content.'application/json'.schema.'$ref'");
        String pageSchema = pageRef.substring(pageRef.lastIndexOf('/') + 1);

        assertThat(document.getString("components.schemas." + pageSchema + ".properties.items.items.'$ref'"))
                .isEqualTo("#/components/schemas/ProductResponse");
    }

    @Test
    void shouldPublishTheApiTitle() {
        assertThat(document().getString("info.title")).isEqualTo("Products API");
    }
}
