package com.example.corporate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.builder.Version;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A service whose parent imports uniform-bom gets the managed stack and uniform's behaviour. */
@QuarkusTest
class BomImportTests {

    @Test
    void shouldRunTheQuarkusVersionThatTheBomManages() {
        assertThat(Version.getVersion()).isEqualTo(System.getProperty("expected.quarkus.version"));
    }

    @Test
    void shouldServeAndAnswerProblemsFromTheUniformRuntime() {
        given().get("/greetings/Ada").then().statusCode(200).body(equalTo("Hello Ada"));

        given().get("/greetings/Bartholomew")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uniform:problem:validation"))
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", equalTo("size must be between 0 and 5"));
    }
}
