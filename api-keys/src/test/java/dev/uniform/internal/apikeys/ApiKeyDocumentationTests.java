package dev.uniform.internal.apikeys;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.uniform.internal.apikeys.testapp.ThingResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served document names the key as a second way in, so that Swagger UI and generated clients can send one. */
@QuarkusTest
class ApiKeyDocumentationTests {

    @Test
    void shouldDescribeTheKeyAsASecurityScheme() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.ApiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.ApiKey.in", equalTo("header"))
                .body("components.securitySchemes.ApiKey.name", equalTo("X-API-Key"));
    }

    @Test
    void shouldOfferTheKeyBesideTheTokenWithTheSameRoles() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("paths.'/things'.post.security", hasItem(hasEntry("ApiKey", List.of(ThingResource.WRITE))))
                .body("paths.'/things'.post.security", hasItem(hasKey("SecurityScheme")))
                .body("paths.'/things'.get.security", equalTo(null))
                .body("paths.'/things'.post.responses.'401'.description", containsString("no API key"));
    }

    @Test
    void shouldKeepTheAdminOperationsToTokens() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("paths.'/api-keys'.post.security", not(hasItem(hasKey("ApiKey"))))
                .body("paths.'/api-keys'.post.security", hasItem(hasKey("SecurityScheme")))
                .body(
                        "paths.'/api-keys'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/IssuedApiKey"))
                .body("paths.'/api-keys/{id}'.delete.responses", not(hasKey("409")))
                .body("paths.'/api-keys/{id}'.delete.responses", hasKey("404"))
                .body(
                        "paths.'/api-keys'.get.responses.'200'.content.'application/json'.schema.maxItems",
                        equalTo(ApiKeyStore.LISTED_AT_MOST));
    }
}
