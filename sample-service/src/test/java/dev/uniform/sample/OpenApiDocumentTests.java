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

    @Test
    void shouldDescribeEveryOperationWithTagSummaryAndProblemErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        assertThat(paths).containsKeys("/products", "/products/{id}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method + " " + path;
            assertThat(operation.get("tags")).as(where).isEqualTo(List.of("Products"));
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            assertThat((String) operation.get("description")).as(where).isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(where).containsKey("500");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(response.get("content").toString())
                            .as(where + " " + status)
                            .contains("application/problem+json", "#/components/schemas/Problem");
                }
            });
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
    void shouldDescribeTheTokenEveryChangeNeeds() {
        JsonPath document = document();
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertThat(schemes).hasSize(1);
        String scheme = schemes.keySet().iterator().next();
        assertThat(document.getString("components.securitySchemes." + scheme + ".scheme"))
                .isEqualTo("bearer");
        assertThat(document.getString("components.securitySchemes." + scheme + ".bearerFormat"))
                .isEqualTo("JWT");

        for (String operation : List.of(
                "'/products'.post", "'/products/{id}'.put", "'/products/{id}'.patch", "'/products/{id}'.delete")) {
            assertThat(document.getList("paths." + operation + ".security." + scheme))
                    .as(operation)
                    .isNotNull();
            assertThat(document.getMap("paths." + operation + ".responses"))
                    .as(operation)
                    .containsKeys("401", "403");
        }
        assertThat(document.getList("paths.'/products/{id}'.get.security")).isNull();
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
    void shouldPublishTheApiTitleAndTheProblemSchema() {
        JsonPath document = document();
        assertThat(document.getString("info.title")).isEqualTo("Products API");
        assertThat(document.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "instance", "violations", "requestId");
    }
}
