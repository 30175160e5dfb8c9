package dev.uniform.sample.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an operator can tighten or open through configuration alone: reads behind a token, a browser origin. */
@QuarkusTest
@TestProfile(ProductRestrictedAccessTests.Restricted.class)
class ProductRestrictedAccessTests {

    private static final String APP_ORIGIN = "https://app.example.com";

    /** The settings as an operator would set them, through QUARKUS_HTTP_... environment variables. */
    public static final class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.auth.permission.api.policy",
                    "authenticated",
                    "quarkus.http.cors.origins",
                    APP_ORIGIN);
        }
    }

    @Test
    void shouldRequireATokenForReads() {
        given().when()
                .get("/products")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .body("instance", equalTo("/products"));
    }

    @Test
    void shouldLetAnyAuthenticatedCallerRead() {
        given().auth()
                .oauth2(DevTokens.issue("reader", Set.of()))
                .queryParam("size", 1)
                .when()
                .get("/products")
                .then()
                .statusCode(200)
                .body("size", equalTo(1));
    }

    @Test
    void shouldAllowTheConfiguredOriginOnly() {
        preflightFrom(APP_ORIGIN).statusCode(200).header("Access-Control-Allow-Origin", APP_ORIGIN);
        preflightFrom("https://elsewhere.example").header("Access-Control-Allow-Origin", (String) null);
    }

    private static ValidatableResponse preflightFrom(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/products")
                .then();
    }
}
