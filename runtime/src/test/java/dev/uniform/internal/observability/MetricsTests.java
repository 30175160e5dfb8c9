package dev.uniform.internal.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Prometheus scrapes from a service on uniform: requests by route template, not by URL, so that a scanner trying
 * paths cannot make a series per path, and the database pool and client.
 */
@QuarkusTest
class MetricsTests {

    @Test
    void shouldCountRequestsByRouteTemplateAndReportTheDatabasePool() {
        given().when().get("/gadgets").then().statusCode(200);
        given().when().get("/gadgets/{id}", 987_654_321).then().statusCode(404);
        // Refused before any endpoint matched: counted under one series, not one per path a scanner tries.
        given().contentType("application/json")
                .body("x".repeat(20_000))
                .when()
                .post("/scanned-path-4242")
                .then()
                .statusCode(413);

        List<String> metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();

        assertThat(metrics)
                .anyMatch(line -> isRequestCount(line, "200", "/gadgets"))
                .anyMatch(line -> isRequestCount(line, "404", "/gadgets/{id}"))
                .noneMatch(line -> line.contains("987654321"))
                .noneMatch(line -> line.contains("scanned-path-4242"))
                .anyMatch(line -> line.startsWith("sql_pool_idle{"))
                .anyMatch(line -> line.startsWith("postgresql_processing_seconds_count{"));
    }

    private static boolean isRequestCount(String line, String status, String uri) {
        return line.startsWith("http_server_requests_seconds_count{")
                && line.contains("status=\"" + status + "\"")
                && line.contains("uri=\"" + uri + "\"");
    }
}
