package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.devauth.DevTokens;
import dev.uniform.testapp.GuardedResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Callers who are not known, or not allowed, get a problem saying which (real tokens, verified as in production), and so
 * does a body over the size limit.
 */
@QuarkusTest
class SecurityProblemsTests {

    @Test
    void shouldAskForATokenWhenThereIsNone() {
        given().when()
                .post("/guarded")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()))
                .body("title", equalTo("Authentication required"))
                .body("status", equalTo(401))
                .body("detail", equalTo("This operation needs a bearer token in the Authorization header."))
                .body("instance", equalTo("/guarded"));
    }

    @Test
    void shouldRefuseATokenThatIsNotAJwt() {
        assertInvalidToken("not-a-token");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertInvalidToken(DevTokens.issue("alice", Set.of(GuardedResource.ROLE), Duration.ofMinutes(-5)));
    }

    @Test
    void shouldRefuseATokenWhoseSignatureWasTamperedWith() {
        String token = DevTokens.issue("alice", Set.of(GuardedResource.ROLE));
        String otherSignature =
                DevTokens.issue("mallory", Set.of(GuardedResource.ROLE)).substring(token.lastIndexOf('.'));

        assertInvalidToken(token.substring(0, token.lastIndexOf('.')) + otherSignature);
    }

    @Test
    void shouldNameTheRoleACallerLacks() {
        given().auth()
                .oauth2(DevTokens.issue("bob", Set.of("gadgets.reader")))
                .when()
                .post("/guarded")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()))
                .body("title", equalTo("Operation not permitted"))
                .body(
                        "detail",
                        equalTo("This operation needs the role gadgets.admin, which the caller does not have."));
    }

    @Test
    void shouldLetACallerWithTheRoleThrough() {
        given().auth()
                .oauth2(DevTokens.issue("carol", Set.of(GuardedResource.ROLE)))
                .when()
                .post("/guarded")
                .then()
                .statusCode(200)
                .body(equalTo("touched"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitBeforeReadingIt() {
        given().contentType("application/json")
                .body("{\"code\":\"" + "x".repeat(20_000) + "\"}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(413)
                .header("Connection", "close")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.PAYLOAD_TOO_LARGE.uri()))
                .body("title", equalTo("Request body too large"))
                .body("status", equalTo(413))
                .body("detail", equalTo("The request body has 20011 bytes; this service accepts at most 16384."))
                .body("instance", equalTo("/gadgets"));
    }

    @Test
    void shouldLetABodyUnderTheLimitThrough() {
        given().contentType("application/json")
                .body("{" + " ".repeat(15_000) + "\"code\":\" \",\"weight\":1}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));
    }

    private static void assertInvalidToken(String token) {
        given().auth()
                .oauth2(token)
                .when()
                .post("/guarded")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()))
                .body(
                        "detail",
                        equalTo("The bearer token is not accepted: it is malformed, expired, or not signed by"
                                + " the trusted issuer. Get a new token and repeat the request."));
    }
}
