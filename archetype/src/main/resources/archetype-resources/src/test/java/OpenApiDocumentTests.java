#parse( "/archetype-resources/names.vm" )
package ${package};

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API document describes every operation and parameter; ${resource}ResourceTests sends its example. */
@QuarkusTest
class OpenApiDocumentTests {

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
        assertThat(paths).containsKeys("/${resourcePath}", "/${resourcePath}/{id}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method + " " + path;
            assertThat((List<?>) operation.get("tags")).as(where).hasSize(1);
            assertThat((String) operation.get("summary")).as(where).isNotBlank();
            assertThat((String) operation.get("description")).as(where).isNotBlank();
        }));
    }

    @Test
    void shouldDescribeEachListingParameterOnce() {
        List<Map<String, Object>> parameters = document().getList("paths.'/${resourcePath}'.get.parameters");

        assertThat(parameters)
                .extracting(parameter -> parameter.get("name"))
                .containsExactlyInAnyOrder(
                        "page",
                        "size",
#foreach( $field in $fieldList )
#if( $field.kind == "number" || $field.kind == "time" )
                        "min${field.Name}",
                        "max${field.Name}",
#else
                        "${field.name}",
#end
#end
                        "sort");
        assertThat(parameters)
                .allSatisfy(parameter -> assertThat((String) parameter.get("description"))
                        .as("description of %s", parameter.get("name"))
                        .isNotBlank());
    }

    @Test
    void shouldTypeTheItemsOfAPage() {
        JsonPath document = document();
        String pageRef =
                document.getString("paths.'/${resourcePath}'.get.responses.'200'.content.'application/json'.schema.'$ref'");
        String pageSchema = pageRef.substring(pageRef.lastIndexOf('/') + 1);

        assertThat(document.getString("components.schemas." + pageSchema + ".properties.items.items.'$ref'"))
                .isEqualTo("#/components/schemas/${resource}Response");
    }

    @Test
    void shouldPublishTheApiTitle() {
        assertThat(document().getString("info.title")).isEqualTo("${Labels} API");
    }
}
