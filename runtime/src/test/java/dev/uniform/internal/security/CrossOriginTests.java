package dev.uniform.internal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * Browsers on origins the service does not list get a 403 problem; listed ones and the service's own get through. The
 * test application lists https://app.example.test and the pattern /https://[a-z]+\.allowed\.test/.
 */
@QuarkusTest
class CrossOriginTests {

    @Test
    void shouldRefuseAnUnlistedOriginWithAProblem() {
        given().header("Origin", "https://elsewhere.example")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .header("Access-Control-Allow-Origin", (String) null)
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()))
                .body("detail", containsString("QUARKUS_HTTP_CORS_ORIGINS"));
    }

    /** A page of another origin reads only the CORS-safelisted headers, unless the service exposes more. */
    @Test
    void shouldLetAListedOriginReadTheHeadersAClientActsOn() {
        given().header("Origin", "https://app.example.test")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .header(
                        "Access-Control-Expose-Headers",
                        equalTo("ETag,Location,Retry-After,RateLimit,RateLimit-Policy,X-Request-Id,"
                                + "Idempotent-Replayed"));
    }

    @Test
    void shouldRefuseThePreflightOfAnUnlistedOriginWithAProblem() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/gadgets")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403));
    }

    @Test
    void shouldLetAListedOriginThrough() {
        given().header("Origin", "https://app.example.test")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.test");
        given().header("Origin", "https://shop.allowed.test")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://shop.allowed.test");
    }

    @Test
    void shouldLetTheServicesOwnOriginThrough() {
        given().header("Origin", "http://localhost:" + RestAssured.port)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200);
    }
}
