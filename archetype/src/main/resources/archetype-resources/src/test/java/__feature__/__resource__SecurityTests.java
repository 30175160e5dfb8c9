#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
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
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Anyone reads; changes need a verified bearer token with the operation's role; refusals are problems. */
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

    @Test
    void shouldRefuseAnExpiredToken() {
        String expired = DevTokens.issue("editor", Set.of(${resource}Roles.WRITE), Duration.ofMinutes(-5));

        assertTokenRefused(expired);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(DevTokens.ISSUER)
                .subject("mallory")
                .groups(Set.of(${resource}Roles.WRITE))
                .sign(generator.generateKeyPair().getPrivate());

        assertTokenRefused(forged);
    }

    @Test
    void shouldRefuseACrossOriginRequestFromAnUnlistedOrigin() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/${resourcePath}")
                .then()
                .header("Access-Control-Allow-Origin", (String) null);
    }

    @Test
    void shouldRefuseABodyLargerThanTheLimitAndStoreNothing() {
        String code = uniquePrefix();
        String tooLarge = body(code, "x".repeat(70 * 1024), "20.00", "ACTIVE");

        asEditor()
                .contentType(ContentType.JSON)
                .body(tooLarge)
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:payload-too-large"))
                .body("status", equalTo(413))
                .body(
                        "detail",
                        equalTo("The request body has %d bytes; this service accepts at most 65536."
                                .formatted(tooLarge.length())))
                .body("instance", equalTo("/${resourcePath}"));
        assertNo${resource}WithCode(code);
    }

    private static void assertTokenRefused(String token) {
        String code = uniquePrefix();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body(code, "Refused kettle", "20.00", "ACTIVE"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"));
        assertNo${resource}WithCode(code);
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
