package dev.uniform.sample;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness reports the database, so an orchestrator never routes traffic to a service that cannot reach it; how it
 * reports a database that is down or slow is uniform-runtime's, and tested there.
 */
@QuarkusTest
class HealthTests {

    @Test
    void shouldBeReadyWithTheDatabaseUp() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }
}
