package dev.uniform.internal.datasource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.uniform.testing.UnavailableProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database cannot be reached at all: requests get a 503 problem that says when to retry instead of waiting for the
 * driver's 30 s, and readiness says DOWN at once, without naming the database's host or port.
 */
@QuarkusTest
@TestProfile(UnreachableDatabaseTests.NothingListening.class)
class UnreachableDatabaseTests {

    /** A port that nothing listens on: connections are refused, as when PostgreSQL is stopped. */
    static final int CLOSED_PORT = closedPort();

    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.url",
                    "postgresql://localhost:" + CLOSED_PORT + "/postgres",
                    "quarkus.hibernate-orm.schema-management.strategy",
                    "none");
        }
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenNoConnectionCanBeHad() {
        given().when()
                .get("/gadgets/1")
                .then()
                .spec(UnavailableProblem.ANSWER)
                .body("detail", containsString("Retry in 5 seconds"))
                .body(not(containsString(String.valueOf(CLOSED_PORT))))
                .body(not(containsString("localhost")));
    }

    @Test
    void shouldReportNotReadyWithoutNamingTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.data.reason", equalTo("unreachable"))
                .body(not(containsString(String.valueOf(CLOSED_PORT))))
                .body(not(containsString("localhost")));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
