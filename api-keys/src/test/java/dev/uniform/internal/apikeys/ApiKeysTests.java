package dev.uniform.internal.apikeys;

import static dev.uniform.internal.apikeys.IssuedKeys.adminToken;
import static dev.uniform.internal.apikeys.IssuedKeys.issue;
import static dev.uniform.internal.apikeys.IssuedKeys.key;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.uniform.devauth.DevTokens;
import dev.uniform.internal.apikeys.testapp.ThingResource;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys issued, used and revoked over real HTTP, checked against the real table. */
@QuarkusTest
class ApiKeysTests {

    @Inject
    Pool pool;

    @Inject
    ApiKeysConfig config;

    @Test
    void shouldIssueAKeyOnceAndKeepOnlyItsHash() {
        JsonPath issued = issue("nightly import", List.of(ThingResource.WRITE), null);
        String key = issued.getString("key");
        String id = issued.getString("id");

        assertThat(ApiKeyFormat.idOf(key)).contains(id);
        assertThat(issued.getList("roles", String.class)).containsExactly(ThingResource.WRITE);
        assertThat(issued.getString("name")).isEqualTo("nightly import");
        assertThat(issued.getString("createdAt")).isNotBlank();
        var stored = pool.preparedQuery("select key_sha256, name from api_keys where id = $1")
                .execute(Tuple.of(id))
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertThat(stored.getBuffer("key_sha256").getBytes()).isEqualTo(ApiKeyFormat.hashOf(key));
        assertThat(HexFormat.of().formatHex(stored.getBuffer("key_sha256").getBytes()))
                .doesNotContain(key);
        given().auth()
                .oauth2(adminToken())
                .when()
                .get("/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("nightly import"))
                .body("key", nullValue())
                .body("revokedAt", nullValue());
        given().auth()
                .oauth2(adminToken())
                .when()
                .get("/api-keys")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("key", not(hasItem(notNullValue())))
                .body(not(containsString(key)));
    }

    @Test
    void shouldLetAKeyDoWhatItsRolesAllow() {
        JsonPath issued = issue("writer", List.of(ThingResource.WRITE), null);

        withKey(issued.getString("key"))
                .post("/things")
                .then()
                .statusCode(200)
                .body("caller", equalTo("api-key:" + issued.getString("id")));
        withKey(issued.getString("key"))
                .delete("/things")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(ThingResource.DELETE));
    }

    @Test
    void shouldRecordTheLastUseOfAKey() throws InterruptedException {
        JsonPath issued = issue("recorded", List.of(ThingResource.WRITE), null);
        withKey(issued.getString("key")).post("/things").then().statusCode(200);

        String lastUsed = null;
        for (int attempt = 0; attempt < 50 && lastUsed == null; attempt++) {
            Thread.sleep(20);
            lastUsed = given().auth()
                    .oauth2(adminToken())
                    .get("/api-keys/" + issued.getString("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("lastUsedAt");
        }
        assertThat(lastUsed).as("lastUsedAt after a use").isNotNull();
    }

    @Test
    void shouldRefuseAMalformedKeyWithoutSayingWhatItWas() {
        String mistyped = key("typo", ThingResource.WRITE).replaceFirst(".$", "#");

        assertRefused(mistyped, "is not an API key of this service").body(not(containsString(mistyped)));
        assertRefused("Bearer abc", "is not an API key of this service");
        assertRefused("", "is not an API key of this service");
    }

    @Test
    void shouldRefuseAWellFormedKeyItNeverIssued() {
        assertRefused(ApiKeyFormat.newKey(), "is not known to this service");
    }

    @Test
    void shouldRefuseAKnownIdWithAnotherSecretAsIfTheIdWereUnknown() {
        String key = key("target", ThingResource.WRITE);
        String forged = ApiKeyFormat.newKey();
        String body = key.substring(0, 21) + forged.substring(21, ApiKeyFormat.LENGTH - ApiKeyFormat.CHECKSUM_LENGTH);
        String sameIdOtherSecret = body + ApiKeyFormat.checksumOf(body);

        assertThat(ApiKeyFormat.idOf(sameIdOtherSecret)).isEqualTo(ApiKeyFormat.idOf(key));
        assertRefused(sameIdOtherSecret, "is not known to this service");
    }

    @Test
    void shouldRefuseARevokedKeyWithinTheRecheckTime() throws InterruptedException {
        JsonPath issued = issue("revoked", List.of(ThingResource.WRITE), null);
        String key = issued.getString("key");
        withKey(key).post("/things").then().statusCode(200);

        given().auth()
                .oauth2(adminToken())
                .when()
                .delete("/api-keys/" + issued.getString("id"))
                .then()
                .statusCode(200)
                .body("id", equalTo(issued.getString("id")))
                .body("revokedAt", notNullValue());
        Thread.sleep(config.recheckAfter().toMillis() + 50);

        assertThat(config.recheckAfter()).isLessThan(Duration.ofSeconds(1));
        assertRefused(key, "was revoked");
    }

    /** As another replica sees it: the row changed under a key this one checked a moment ago. */
    @Test
    void shouldRefuseAKeyRevokedElsewhereWithinTheRecheckTime() throws InterruptedException {
        JsonPath issued = issue("revoked elsewhere", List.of(ThingResource.WRITE), null);
        String key = issued.getString("key");
        withKey(key).post("/things").then().statusCode(200);

        pool.preparedQuery("update api_keys set revoked_at = now() where id = $1")
                .execute(Tuple.of(issued.getString("id")))
                .await()
                .indefinitely();
        Thread.sleep(config.recheckAfter().toMillis() + 50);

        assertRefused(key, "was revoked");
    }

    @Test
    void shouldRefuseAnExpiredKeyOnItsFirstUseAfterExpiry() throws InterruptedException {
        OffsetDateTime expiry = OffsetDateTime.now().plusSeconds(2);
        String key = issue("short-lived", List.of(ThingResource.WRITE), expiry).getString("key");
        withKey(key).post("/things").then().statusCode(200);

        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), expiry).toMillis()) + 10);

        assertRefused(key, "has expired");
    }

    @Test
    void shouldAnswerACallerWithNeitherTokenNorKeyWithBothWaysIn() {
        given().when()
                .post("/things")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer, ApiKey header=\"X-API-Key\"")
                .body(
                        "detail",
                        equalTo("This operation needs a bearer token in the Authorization header or an API key in"
                                + " X-API-Key."));
    }

    @Test
    void shouldStillTakeBearerTokens() {
        given().auth()
                .oauth2(DevTokens.issue("alice", Set.of(ThingResource.WRITE)))
                .when()
                .post("/things")
                .then()
                .statusCode(200)
                .body("caller", equalTo("alice"));
    }

    @Test
    void shouldListAtMostTheThousandMostRecentlyIssuedKeys() {
        String newest = issue("newest", List.of(ThingResource.WRITE), null).getString("id");
        // Issued a day ago, straight into the table: 1005 keys older than every other.
        pool.withConnection(connection -> connection
                        .query("insert into api_keys (id, key_sha256, name, roles, created_at) select 'old'"
                                + " || lpad(n::text, 9, '0'), sha256(n::text::bytea), 'old', '{}', now() - interval"
                                + " '1 day' + n * interval '1 ms' from generate_series(1, 1005) n")
                        .execute())
                .await()
                .atMost(Duration.ofSeconds(10));
        try {
            List<String> ids = given().auth()
                    .oauth2(adminToken())
                    .when()
                    .get("/api-keys")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("id");

            assertThat(ids).hasSize(ApiKeyStore.LISTED_AT_MOST).endsWith(newest).doesNotContain("old000000001");
        } finally {
            pool.withConnection(connection -> connection
                            .query("delete from api_keys where id like 'old%'")
                            .execute())
                    .await()
                    .atMost(Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldKeepTheAdminOperationsToTokensWithTheAdminRole() {
        given().when().get("/api-keys").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().auth()
                .oauth2(DevTokens.issue("alice", Set.of(ThingResource.WRITE)))
                .when()
                .get("/api-keys")
                .then()
                .statusCode(403)
                .body("detail", containsString(ApiKeyRoles.ADMIN));
        withKey(key("automation", ThingResource.WRITE, ThingResource.DELETE))
                .get("/api-keys")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseToIssueAKeyWithARoleNoOperationChecks() {
        issueRefused(Map.of("name", "typo", "roles", List.of("things.writ")))
                .body("violations[0].field", equalTo("roles"))
                .body(
                        "detail",
                        containsString("a key cannot hold things.writ; it may hold things.delete, things.write"));
    }

    @Test
    void shouldRefuseToIssueAKeyThatCouldIssueKeys() {
        issueRefused(Map.of("name", "escalation", "roles", List.of(ApiKeyRoles.ADMIN)))
                .body("detail", containsString("api-keys.admin stays with tokens of the identity provider"));
    }

    @Test
    void shouldRefuseToIssueAKeyWithoutNameOrRolesOrWithAPastExpiry() {
        issueRefused(Map.of("roles", List.of(ThingResource.WRITE))).body("violations.field", hasItem("name"));
        issueRefused(Map.of("name", "no roles", "roles", List.of())).body("violations.field", hasItem("roles"));
        issueRefused(Map.of("name", "past", "roles", List.of(ThingResource.WRITE), "expiresAt", "2020-01-01T00:00:00Z"))
                .body("violations.field", hasItem("expiresAt"));
    }

    @Test
    void shouldAnswer404ForAnUnknownIdAnd400ForAMalformedOne() {
        given().auth()
                .oauth2(adminToken())
                .when()
                .delete("/api-keys/000000000000")
                .then()
                .statusCode(404)
                .body("detail", equalTo("API key 000000000000 does not exist."));
        given().auth()
                .oauth2(adminToken())
                .when()
                .get("/api-keys/not-an-id")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAnswerWithTheLocationOfTheNewKeyAndNeverCacheIt() {
        var response = IssuedKeys.post(Map.of("name", "located", "roles", List.of(ThingResource.WRITE)))
                .statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .extract();

        assertThat(response.header("Location")).endsWith("/api-keys/" + response.path("id"));
    }

    private static ValidatableResponse issueRefused(Map<String, ?> body) {
        return IssuedKeys.post(body).statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    static io.restassured.specification.RequestSpecification withKey(String key) {
        return given().header("X-API-Key", key);
    }

    static ValidatableResponse assertRefused(String key, String reason) {
        return withKey(key)
                .post("/things")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("ApiKey header=\"X-API-Key\""))
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .body("detail", containsString("The API key in X-API-Key " + reason))
                .body("instance", equalTo("/things"));
    }
}
