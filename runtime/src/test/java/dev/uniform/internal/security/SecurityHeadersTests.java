package dev.uniform.internal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.Problem;
import dev.uniform.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers of a JSON API, problems too, including those refused before any
 * endpoint matched; the API's responses tell caches to keep nothing, unless a resource says otherwise. The production-only ones (Content-Security-Policy, X-Frame-Options, Strict-Transport-Security)
 * are checked on the packaged application of the generated services.
 */
@QuarkusTest
class SecurityHeadersTests {

    @Test
    void shouldSendThemWithAResponse() {
        given().when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldSendThemWithAProblem() {
        given().when()
                .get("/gadgets/{id}", Long.MAX_VALUE)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .body("status", equalTo(404));
    }

    @Test
    void shouldKeepTheCacheControlAResourceSetsItself() {
        given().when()
                .get("/gadgets/cacheable")
                .then()
                .statusCode(200)
                .header("Cache-Control", "max-age=60")
                .body(equalTo("kept"));
    }

    @Test
    void shouldSendThemWithARefusalOfAMalformedUri() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/gadgets?page=%ZZ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
