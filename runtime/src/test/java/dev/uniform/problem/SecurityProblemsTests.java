package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.devauth.DevTokens;
import dev.uniform.testapp.GuardedResource;
import dev.uniform.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
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

    /** The same issuer signs tokens for many services: one meant for another is not a key to this one. */
    @Test
    void shouldRefuseATokenMeantForAnotherService() {
        assertInvalidToken(DevTokens.forAudience("billing", "alice", Set.of(GuardedResource.ROLE)));
    }

    /** A token from a clock an hour ahead would outlive its intended lifetime by that hour. */
    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        assertInvalidToken(DevTokens.issuedAt(
                "alice", Set.of(GuardedResource.ROLE), Instant.now().plus(Duration.ofHours(1)), Duration.ofHours(1)));
    }

    @Test
    void shouldAcceptATokenIssuedWithinTheClockSkew() {
        given().auth()
                .oauth2(DevTokens.issuedAt(
                        "alice",
                        Set.of(GuardedResource.ROLE),
                        Instant.now().plus(Duration.ofSeconds(30)),
                        Duration.ofHours(1)))
                .when()
                .post("/guarded")
                .then()
                .statusCode(200)
                .body(equalTo("touched"));
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

    /** Nobody knows a chunked body's length before its end: it is read up to the limit, then refused. */
    @Test
    void shouldRefuseAChunkedBodyOverTheLimit() throws Exception {
        String chunk = "x".repeat(10_000);
        String chunks = "%x\r\n%s\r\n".formatted(chunk.length(), chunk).repeat(2) + "0\r\n\r\n";

        RawHttp.Answer answer = RawHttp.send("POST /gadgets HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.header("Connection")).isEqualTo("close");
        assertThat(JsonPath.from(answer.body()).getString("detail"))
                .isEqualTo("The request body has more than 16384 bytes, which this service accepts at most.");
    }

    @Test
    void shouldReadAChunkedBodyUnderTheLimit() throws Exception {
        String json = "{\"code\":\" \",\"weight\":1}";
        String chunks = "%x\r\n%s\r\n0\r\n\r\n".formatted(json.length(), json);

        RawHttp.Answer answer = RawHttp.send("POST /gadgets HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JsonPath.from(answer.body()).getString("violations[0].field"))
                .isEqualTo("code");
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
                        equalTo("The bearer token is not accepted: it is malformed, expired, not signed by the"
                                + " trusted issuer, or meant for another service (aud). Get a new token for this one"
                                + " and repeat the request."));
    }
}
