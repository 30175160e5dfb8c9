package dev.uniform.archetype;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The packaged sample in production mode, configured by environment only, against a real PostgreSQL, as every generated
 * service runs: it starts only with a real issuer and key and valid settings, accepts that issuer's tokens and refuses
 * development ones, takes what an operator tightens through the environment, and finishes the requests in flight when
 * it is stopped.
 */
@Order(6)
class ProductionModeIT {

    private static final String ISSUER = "https://idp.example.test/realms/shop";
    private static final String AUDIENCE = "sample-service";
    private static final String WRITE = "products.write";

    private static EmbeddedPostgres database;
    private static KeyPair issuerKeys;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = EmbeddedPostgres.builder().start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        issuerKeys = generator.generateKeyPair();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void shouldRefuseToStartWhenTrustingDevelopmentTokens() throws Exception {
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY", publicKeyPem());

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            assertThat(launch.awaitExit()).isNotZero();
            assertThat(launch.log())
                    .contains("uniform: refusing to start with these token verification settings")
                    .contains("MP_JWT_VERIFY_ISSUER is urn:uniform:dev-tokens");
            assertThat(launch.log().lines().filter(line -> line.contains("Failed to start application")))
                    .as("production logs are JSON lines")
                    .singleElement()
                    .satisfies(line ->
                            assertThat(line).startsWith("{\"timestamp\":").contains("\"level\":\"ERROR\""));
        }
    }

    @Test
    void shouldRefuseToStartWithoutAnAudienceOrWithKeysOverPlainHttp() throws Exception {
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://idp.example.test/realms/shop/certs");

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            assertThat(launch.awaitExit()).isNotZero();
            assertThat(launch.log())
                    .contains("MP_JWT_VERIFY_AUDIENCES is not set")
                    .contains(
                            "MP_JWT_VERIFY_PUBLICKEY_LOCATION is http://idp.example.test/realms/shop/certs, over plain"
                                    + " HTTP");
        }
    }

    @Test
    void shouldRefuseToStartWithAnInvalidSetting() throws Exception {
        Map<String, String> env = productionEnvironment();
        env.put("UNIFORM_EXPORT_CHUNK_SIZE", "0");

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            assertThat(launch.awaitExit()).isNotZero();
            assertThat(launch.log())
                    .contains("uniform.export.chunk-size")
                    .contains("must be greater than or equal to 1");
        }
    }

    /**
     * The issuer's tokens for this service are accepted, its tokens for another service and development tokens are
     * refused; the API port serves the API alone, with the
     * security headers of production, and health and metrics have a port of their own. One launch, as production runs.
     */
    @Test
    void shouldAcceptTheIssuersTokensOnlyAndServeHealthAndMetricsOnTheManagementPort() throws Exception {
        try (ProductionLaunch launch = ProductionLaunch.start(productionEnvironment())) {
            launch.awaitReady();
            String issued = Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject("alice")
                    .groups(Set.of(WRITE))
                    .sign(issuerKeys.getPrivate());
            String forBilling = Jwt.issuer(ISSUER)
                    .audience("billing-service")
                    .subject("alice")
                    .groups(Set.of(WRITE))
                    .sign(issuerKeys.getPrivate());
            String development = DevTokens.issue("mallory", Set.of(WRITE));

            createWith(launch, issued, "PROD-1")
                    .statusCode(201)
                    .body("code", equalTo("PROD-1"))
                    .body("version", equalTo(0));
            createWith(launch, forBilling, "PROD-2")
                    .statusCode(401)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                    .body("detail", containsString("meant for another service (aud)"));
            createWith(launch, development, "PROD-3")
                    .statusCode(401)
                    .body("type", equalTo("urn:uniform:problem:unauthenticated"));
            given().port(launch.port())
                    .queryParam("code", "PROD-")
                    .get("/products")
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Strict-Transport-Security", startsWith("max-age="))
                    .body("items.code", equalTo(List.of("PROD-1")));
            given().port(launch.port()).get("/q/metrics").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
            given().port(launch.port()).get("/q/health/ready").then().statusCode(404);
            given().port(launch.managementPort())
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("http_server_requests_seconds_count"));
        }
    }

    /** What an operator can tighten through the environment alone: reads behind a token, one browser origin. */
    @Test
    void shouldRequireATokenForReadsAndAllowOneOriginWhenTheOperatorSaysSo() throws Exception {
        String appOrigin = "https://app.example.com";
        Map<String, String> env = productionEnvironment();
        env.put("QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY", "authenticated");
        env.put("QUARKUS_HTTP_CORS_ORIGINS", appOrigin);

        try (ProductionLaunch launch = ProductionLaunch.start(env)) {
            launch.awaitReady();
            String reader =
                    Jwt.issuer(ISSUER).audience(AUDIENCE).subject("rita").sign(issuerKeys.getPrivate());

            given().port(launch.port())
                    .get("/products")
                    .then()
                    .statusCode(401)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:uniform:problem:unauthenticated"));
            given().port(launch.port())
                    .auth()
                    .oauth2(reader)
                    .queryParam("size", 1)
                    .get("/products")
                    .then()
                    .statusCode(200)
                    .body("size", equalTo(1));
            preflightFrom(launch, appOrigin).statusCode(200).header("Access-Control-Allow-Origin", appOrigin);
            preflightFrom(launch, "https://elsewhere.example").header("Access-Control-Allow-Origin", (String) null);
        }
    }

    /**
     * SIGTERM while an export is being read: the service stops only once the export has gone out in full. The export
     * is larger than any socket buffer, so it cannot have been written out before the signal.
     */
    @Test
    void shouldFinishTheRequestInFlightWhenStopped() throws Exception {
        int rows = 200_000;
        try (ProductionLaunch launch = ProductionLaunch.start(productionEnvironment())) {
            launch.awaitReady();
            insertMany("STOP", rows);
            HttpResponse<InputStream> export = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + launch.port() + "/products/export"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertThat(export.statusCode()).isEqualTo(200);

            long received;
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(export.body(), StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).contains("\"code\":");
                launch.terminate();
                received = 1
                        + lines.lines()
                                .filter(line -> line.contains("\"code\":\"STOP-"))
                                .count();
            }

            assertThat(received).isGreaterThanOrEqualTo(rows);
            assertThat(launch.awaitExit()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(launch.log()).contains("stopped in");
        }
    }

    private Map<String, String> productionEnvironment() throws Exception {
        Path publicKey = Files.createTempFile(Files.createDirectories(Path.of("target")), "issuer-", ".pem");
        Files.writeString(publicKey, publicKeyPem());
        Map<String, String> env = ProductionLaunch.datasource(database.getPort());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
        return env;
    }

    private static void insertMany(String prefix, int count) throws Exception {
        try (Connection connection = database.getPostgresDatabase().getConnection();
                Statement insert = connection.createStatement()) {
            insert.executeUpdate("insert into products (id, code, name, price, status, created_at, updated_at, version)"
                    + " select nextval('products_seq'), '" + prefix + "-' || n, 'Stopped ' || n, 1.00, 'ACTIVE', now(),"
                    + " now(), 0 from generate_series(1, " + count + ") as n");
        }
    }

    private static ValidatableResponse createWith(ProductionLaunch launch, String token, String code) {
        return given().port(launch.port())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"Production kettle\",\"price\":20.00,\"status\":\"ACTIVE\"}"
                        .formatted(code))
                .post("/products")
                .then();
    }

    private static ValidatableResponse preflightFrom(ProductionLaunch launch, String origin) {
        return given().port(launch.port())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .options("/products")
                .then();
    }

    private static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issuerKeys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
