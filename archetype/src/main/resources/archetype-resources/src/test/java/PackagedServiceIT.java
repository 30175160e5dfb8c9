#parse( "/archetype-resources/names.vm" )
package ${package};

import static dev.uniform.testing.JsonValues.assertSameValues;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ${package}.${feature}.${resource}Roles;
import dev.uniform.devauth.PackagedServiceIssuer;
import dev.uniform.devdb.PackagedServiceDatabase;
import dev.uniform.problem.Problem;
import dev.uniform.testing.UniqueValues;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as production runs it: {@code java -jar target/quarkus-app/quarkus-run.jar} in the production
 * profile, against a real PostgreSQL, trusting a real issuer's tokens and no development ones. A ${label} goes through
 * its whole life. On JDK 25 and later this run also trains the service's AOT cache, {@code target/quarkus-app/app.aot}
 * (uniform-parent's {@code aot-cache} profile), so what it does is what a fresh replica finds ready.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceDatabase.class)
@WithTestResource(PackagedServiceIssuer.class)
class PackagedServiceIT {

    private static final String PATH = "/${resourcePath}/{id}";
    private static final String EDITOR_TOKEN =
            PackagedServiceIssuer.token("editor", Set.of(${resource}Roles.WRITE, ${resource}Roles.DELETE));

    @Test
    void shouldCreateReadChangeListAndRemoveA${resource}() {
        Map<String, Object> sent = valid();
        long id = asEditor().contentType(ContentType.JSON)
                .body(sent)
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .body("version", equalTo(0))
                .extract()
                .jsonPath()
                .getLong("id");
        assertSameValues(sent, given().get(PATH, id).then().statusCode(200).extract().as(Map.class));

        Map<String, Object> patch = Map.of("${patchField.name}", ${patchField.javaFresh});
        Map<String, Object> expected = new LinkedHashMap<>(sent);
        expected.putAll(patch);
        Map<String, Object> patched = asEditor().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(patch)
                .patch(PATH, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .as(Map.class);
        assertSameValues(expected, patched);
        assertThat(given().queryParam("size", 100)
                        .get("/${resourcePath}")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", Long.class))
                .contains(id);

        asEditor().header("If-Match", "\"1\"").delete(PATH, id).then().statusCode(204);
        given().get(PATH, id)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"));
    }

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR_TOKEN);
    }

    /** A valid request body, with fresh values for the fields that must be unique. */
    private static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
#foreach( $field in $fieldList )
        body.put("${field.name}", ${field.javaFresh});
#end
        return body;
    }
}
