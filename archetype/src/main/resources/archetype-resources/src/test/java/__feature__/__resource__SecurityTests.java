#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.body;
import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Anyone reads; changes need a bearer token with the operation's role; refusals are problems. How tokens are verified
 * (expiry, signature, issuer) is uniform-runtime's, tested there.
 */
@QuarkusTest
class ${resource}SecurityTests {

    @Test
    void shouldLetAnonymousCallersRead() {
        String code = uniquePrefix();
        long id = create(code, "Public kettle", "20.00", "ACTIVE");

        given().when().get("/${resourcePath}/{id}", id).then().statusCode(200).body("code", equalTo(code));
        given().queryParam("q", code)
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void shouldRefuseAnAnonymousWriteAndStoreNothing() {
        String code = uniquePrefix();

        given().contentType(ContentType.JSON)
                .body(body(code, "Anonymous kettle", "20.00", "ACTIVE"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .body("detail", equalTo("This operation needs a bearer token in the Authorization header."))
                .body("instance", equalTo("/${resourcePath}"));
        assertNo${resource}WithCode(code);
    }

    @Test
    void shouldRefuseACallerWithoutTheWriteRole() {
        String code = uniquePrefix();

        given().auth()
                .oauth2(DevTokens.issue("reader", Set.of("${resourcePath}.read")))
                .contentType(ContentType.JSON)
                .body(body(code, "Unwritten kettle", "20.00", "ACTIVE"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:forbidden"))
                .body(
                        "detail",
                        equalTo("This operation needs the role ${resourcePath}.write, which the caller does not have."));
        assertNo${resource}WithCode(code);
    }

    @Test
    void shouldKeepDeletingToItsOwnRole() {
        long id = create(uniquePrefix(), "Kept kettle", "20.00", "ACTIVE");

        given().auth()
                .oauth2(DevTokens.issue("writer", Set.of(${resource}Roles.WRITE)))
                .header("If-Match", "*")
                .when()
                .delete("/${resourcePath}/{id}", id)
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "detail",
                        equalTo("This operation needs the role ${resourcePath}.delete, which the caller does not have."));
        given().when().get("/${resourcePath}/{id}", id).then().statusCode(200).body("name", equalTo("Kept kettle"));
    }

    private static void assertNo${resource}WithCode(String code) {
        given().queryParam("q", code)
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
