package dev.uniform.internal.apikeys;

import static io.restassured.RestAssured.given;

import dev.uniform.devauth.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keys issued the way an operator issues them: through the admin operation, with an admin's token. */
final class IssuedKeys {

    private IssuedKeys() {}

    static String adminToken() {
        return DevTokens.issue("operator", Set.of(ApiKeyRoles.ADMIN));
    }

    static JsonPath issue(String name, List<String> roles, OffsetDateTime expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roles", roles);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return post(body).statusCode(201).extract().jsonPath();
    }

    /** POST /api-keys with this body, as an operator whose token holds the admin role. */
    static ValidatableResponse post(Map<String, ?> body) {
        return given().auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api-keys")
                .then();
    }

    static String key(String name, String... roles) {
        return issue(name, List.of(roles), null).getString("key");
    }
}
