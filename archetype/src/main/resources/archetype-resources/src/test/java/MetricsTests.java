#parse( "/archetype-resources/names.vm" )
package ${package};

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Prometheus scrapes: requests by route template, not by URL, and the database pool and client. */
@QuarkusTest
class MetricsTests {

    @Test
    void shouldCountRequestsByRouteTemplateAndReportTheDatabasePool() {
        given().when().get("/${resourcePath}").then().statusCode(200);
        given().when().get("/${resourcePath}/{id}", 987_654_321).then().statusCode(404);
        // Refused before any endpoint matched: counted under one series, not one per path a scanner tries.
        given().contentType("application/json")
                .body("x".repeat(70_000))
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
                .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("status=\"200\"")
                        && line.contains("uri=\"/${resourcePath}\""))
                .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("status=\"404\"")
                        && line.contains("uri=\"/${resourcePath}/{id}\""))
                .noneMatch(line -> line.contains("987654321"))
                .noneMatch(line -> line.contains("scanned-path-4242"))
                .anyMatch(line -> line.startsWith("sql_pool_idle{"))
                .anyMatch(line -> line.startsWith("postgresql_processing_seconds_count{"));
    }
}
