package dev.uniform.internal.datasource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness reports the database, so that an orchestrator routes traffic only to a service that reaches it. How it
 * reports a database that is down or slow: UnreachableDatabaseTests, BusyDatabaseTests.
 */
@QuarkusTest
class ReadinessTests {

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
