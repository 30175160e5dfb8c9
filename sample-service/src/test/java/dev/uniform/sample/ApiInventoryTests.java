package dev.uniform.sample;

import static io.restassured.RestAssured.given;

import dev.uniform.testing.ApiInventory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The API as the code serves it is the API committed in {@code api/openapi.json}: a change to it shows up in review as
 * a change to that file, and never slips out unnoticed. After an intended change, {@code ./mvnw verify
 * -Dapi.accept} rewrites the file.
 */
@QuarkusTest
class ApiInventoryTests {

    @Test
    void shouldServeTheCommittedApi() throws IOException {
        ApiInventory.assertServedIsCommitted(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
