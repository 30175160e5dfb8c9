package dev.uniform.internal.datasource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import dev.uniform.testing.UnavailableProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The database is up but cannot serve a request in time: every connection of the pool is busy, or a statement runs
 * too long. Both are 503 problems with Retry-After, within the configured bounds, not a 500 after 30 s.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTests.OneConnection.class)
class BusyDatabaseTests {

    /** A pool of one connection, a short wait for it, and a statement timeout a test can exceed cheaply. */
    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.max-size", "1",
                    "uniform.datasource.connection-timeout", "PT0.3S",
                    "uniform.datasource.statement-timeout", "PT2S");
        }
    }

    @Test
    void shouldAnswer503WhileEveryConnectionIsBusy() {
        // Both routes warm first: a cold first read can hold the only connection past the holder's 0.3 s wait.
        given().when().get("/gadgets/1");
        given().queryParam("seconds", 0).when().get("/gadgets/sleep").then().statusCode(200);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(
                () -> given().queryParam("seconds", 1.5).get("/gadgets/sleep").statusCode());

        ExtractableResponse<Response> refused = firstRefusalWhile(holder);

        assertThat(refused)
                .as("a request refused while the only connection was held (the holder got %s)", holder.join())
                .isNotNull();
        assertThat(refused.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.jsonPath().getString("type")).isEqualTo(ProblemType.UNAVAILABLE.uri());
        assertThat(holder.join()).as("the request holding the connection").isEqualTo(200);
    }

    @Test
    void shouldAnswer503WhenAStatementOutlastsTheStatementTimeout() {
        given().queryParam("seconds", 5).when().get("/gadgets/sleep").then().spec(UnavailableProblem.ANSWER);

        given().queryParam("seconds", 0).when().get("/gadgets/sleep").then().statusCode(200);
    }

    /** Reads a gadget again and again while {@code holder} runs; the first 503 received, or null if none came. */
    private static ExtractableResponse<Response> firstRefusalWhile(CompletableFuture<Integer> holder) {
        while (!holder.isDone()) {
            ExtractableResponse<Response> response =
                    given().when().get("/gadgets/1").then().extract();
            if (response.statusCode() == 503) {
                return response;
            }
        }
        return null;
    }
}
