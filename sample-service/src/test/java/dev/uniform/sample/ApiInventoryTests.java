package dev.uniform.sample;

import static io.restassured.RestAssured.given;

import dev.uniform.testing.ApiInventory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The API as the code serves it, recorded in {@code api/openapi.json}: every change to it shows up in review as a change
 * to that file. A compatible change is recorded as the build runs; one that would break the API's clients fails here,
 * named, until {@code ./mvnw verify -Dapi.accept} records it.
 */
@QuarkusTest
class ApiInventoryTests {

    @Test
    void shouldServeTheRecordedApi() throws IOException {
        ApiInventory.assertServedIsCommitted(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
