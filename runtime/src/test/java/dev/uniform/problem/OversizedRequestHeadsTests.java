package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.uniform.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A request line or headers over uniform's limits (4096 characters, 20K by default) get a 414 or 431 problem on a
 * connection that stays usable, not the HTTP codec's empty answer and silent close.
 */
@QuarkusTest
class OversizedRequestHeadsTests {

    private static final String SEARCH = "/gadgets/search?max-weight=1&limit=1&text=";

    /** {@code GET <uri> HTTP/1.1}: the method, two spaces and the protocol version around the URI. */
    private static final int LINE_AROUND_THE_URI = "GET ".length() + " HTTP/1.1".length();

    @Test
    void shouldAnswerARequestLineOverTheLimitWithAProblem() {
        given().queryParam("max-weight", 1)
                .queryParam("limit", 1)
                .queryParam("text", "x".repeat(5_000))
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(414)
                .contentType(Problem.MEDIA_TYPE)
                .header("Connection", not(equalTo("close")))
                .body("type", equalTo(ProblemType.URI_TOO_LONG.uri()))
                .body("title", equalTo("Request URI too long"))
                .body("status", equalTo(414))
                .body(
                        "detail",
                        equalTo("The request line has 5055 characters; this service accepts at most 4096."
                                + " Send long filters in fewer or shorter query parameters."))
                .body("instance", nullValue());
    }

    @Test
    void shouldCountTheRequestLineAsTheHttpCodecDoes() throws Exception {
        String longest = SEARCH + "x".repeat(4096 - LINE_AROUND_THE_URI - SEARCH.length());

        assertThat(RawHttp.get(longest).status()).isEqualTo(200);
        assertThat(RawHttp.get(longest + "x").status()).isEqualTo(414);
    }

    @Test
    void shouldKeepTheConnectionForTheNextRequestAfterARefusal() throws Exception {
        String overlong = "GET " + SEARCH + "x".repeat(6_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String next = "GET " + SEARCH + "next HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

        String received = RawHttp.exchange(overlong + next);

        assertThat(received).startsWith("HTTP/1.1 414 ");
        assertThat(received.substring(received.indexOf("\r\n\r\n")))
                .contains("HTTP/1.1 200 ")
                .endsWith("searched");
    }

    @Test
    void shouldAnswerHeadersOverTheLimitWithAProblem() {
        given().header("X-Note", "n".repeat(21_000))
                .queryParam("max-weight", 1)
                .queryParam("limit", 1)
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(431)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.HEADERS_TOO_LARGE.uri()))
                .body("title", equalTo("Request headers too large"))
                .body("status", equalTo(431))
                .body("detail", endsWith("this service accepts at most 20480."));
    }

    @Test
    void shouldLetHeadersUnderTheLimitThrough() {
        given().header("X-Note", "n".repeat(15_000))
                .queryParam("max-weight", 1)
                .queryParam("limit", 1)
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(200)
                .body(equalTo("searched"));
    }

    /** Beyond the codec's own bound the request never reaches the service: Vert.x answers it, without a body. */
    @Test
    void shouldLeaveWhatPassesTheCodecsBoundToTheCodec() throws Exception {
        RawHttp.Answer answer = RawHttp.get(SEARCH + "x".repeat(17_000));

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.body()).isEmpty();
    }
}
