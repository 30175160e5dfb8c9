#parse( "/archetype-resources/names.vm" )
package ${package};

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.devauth.DevTokens;
import ${package}.${feature}.${resource}Roles;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application in production mode: it starts only with a real issuer and key, then accepts that issuer's
 * tokens and refuses development ones. Runs after `package`, against a real PostgreSQL.
 */
class ProductionSecurityIT {

    private static final String ISSUER = "https://idp.example.test/realms/shop";

    private static EmbeddedPostgres database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void shouldRefuseToStartWhenTrustingDevelopmentTokens() throws Exception {
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY", publicKeyPem(generateKeyPair()));

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            assertThat(launch.awaitExit()).isNotZero();
            assertThat(launch.log())
                    .contains("uniform: refusing to start with these token verification settings")
                    .contains("MP_JWT_VERIFY_ISSUER is urn:uniform:dev-tokens");
            assertThat(launch.log().lines().filter(line -> line.contains("Failed to start application")))
                    .as("production logs are JSON lines")
                    .singleElement()
                    .satisfies(line -> assertThat(line).startsWith("{\"timestamp\":").contains("\"level\":\"ERROR\""));
        }
    }

    @Test
    void shouldRefuseToStartWithoutAKey() throws Exception {
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            assertThat(launch.awaitExit()).isNotZero();
            assertThat(launch.log()).contains("No key verifies tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
    }

    @Test
    void shouldAcceptTheIssuersTokensAndRefuseDevelopmentTokens() throws Exception {
        KeyPair issuerKeys = generateKeyPair();
        Path publicKey = Files.createTempFile(Path.of("target"), "issuer-", ".pem");
        Files.writeString(publicKey, publicKeyPem(issuerKeys));
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            launch.awaitReady();
            String issued = Jwt.issuer(ISSUER)
                    .subject("alice")
                    .groups(Set.of(${resource}Roles.WRITE))
                    .sign(issuerKeys.getPrivate());
            String development = DevTokens.issue("mallory", Set.of(${resource}Roles.WRITE));

            createWith(launch, issued, "PROD-1")
                    .statusCode(201)
                    .body("code", equalTo("PROD-1"))
                    .body("version", equalTo(0));
            createWith(launch, development, "PROD-2")
                    .statusCode(401)
                    .body("type", equalTo("urn:uniform:problem:unauthenticated"));
            given().port(launch.port())
                    .queryParam("q", "PROD-")
                    .get("/${resourcePath}")
                    .then()
                    .statusCode(200)
                    .body("items.code", equalTo(List.of("PROD-1")));
        }
    }

    private static ValidatableResponse createWith(ProductionLaunch launch, String token, String code) {
        return given().port(launch.port())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"Production kettle\",\"price\":20.00,\"status\":\"ACTIVE\"}"
                        .formatted(code))
                .post("/${resourcePath}")
                .then();
    }

    private static KeyPair generateKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String publicKeyPem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
