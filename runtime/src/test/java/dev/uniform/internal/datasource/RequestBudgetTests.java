package dev.uniform.internal.datasource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.testing.UnavailableProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request's time for the database is one budget, whatever it spends it on: waiting for a connection or running a
 * statement. The pool's connection timeout and the statement timeout are set far above it here, so that only the
 * budget can end these requests, with a 503 problem that says when to retry.
 */
@QuarkusTest
@TestProfile(RequestBudgetTests.OneSecond.class)
class RequestBudgetTests {

    public static class OneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.max-size", "1",
                    "uniform.datasource.connection-timeout", "PT20S",
                    "uniform.datasource.statement-timeout", "PT20S",
                    "uniform.datasource.request-budget", "PT1S");
        }
    }

    @Inject
    Pool pool;

    @Test
    void shouldCancelAStatementStillRunningWhenTheBudgetIsSpent() {
        given().queryParam("seconds", 0).when().get("/gadgets/sleep").then().statusCode(200);

        given().queryParam("seconds", 6)
                .when()
                .get("/gadgets/sleep")
                .then()
                .spec(UnavailableProblem.ANSWER)
                .body("detail", containsString("did not answer in time"));

        given().queryParam("seconds", 0)
                .when()
                .get("/gadgets/sleep")
                .then()
                .statusCode(200)
                .body(equalTo("1"));
    }

    @Test
    void shouldStopWaitingForAConnectionWhenTheBudgetIsSpent() {
        given().queryParam("seconds", 0).when().get("/gadgets/sleep").then().statusCode(200);
        // Taken outside any request, so that no request's budget bounds it: the only connection, given back after 3 s,
        // when a request still waiting would get it and succeed.
        SqlConnection held = pool.getConnection().await().atMost(Duration.ofSeconds(5));
        CompletableFuture<Void> released = CompletableFuture.runAsync(
                () -> held.closeAndAwait(), CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));

        given().when().get("/gadgets/1").then().spec(UnavailableProblem.ANSWER);

        released.join();
        given().queryParam("seconds", 0).when().get("/gadgets/sleep").then().statusCode(200);
    }
}
