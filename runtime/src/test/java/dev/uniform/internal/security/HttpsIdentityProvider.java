package dev.uniform.internal.security;

import static io.restassured.RestAssured.given;

import dev.uniform.testapp.GuardedResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * An identity provider as a service meets one in production: its signing keys served as a JWK set over HTTPS, with a
 * certificate made for this run that the service is told to trust. Tests drive it over HTTPS as well: {@code POST
 * /keys/{kid}} publishes a new key, as a provider rotating its keys does (the old ones stay published), and {@code POST
 * /tokens/{kid}} signs the claims in the body with that key, or, for a kid never published, with a key of its own that
 * nobody can verify.
 */
public final class HttpsIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://idp.uniform.test/realms/shop";
    static final String AUDIENCE = "gadget-service";
    static final String FIRST_KID = "key-1";

    /** jose4j's HttpsJwks skips a refresh asked for within this time of its last fetch of the JWK set. */
    static final java.time.Duration JWKS_REFRESH_REPRIEVE = java.time.Duration.ofMillis(300);

    private final Map<String, KeyPair> published = new ConcurrentHashMap<>();
    private final Map<String, KeyPair> unpublished = new ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("uniform-idp-");
            Path keystore = directory.resolve("tls.p12");
            Path certificate = directory.resolve("tls.pem");
            keytool(
                    "-genkeypair",
                    "-alias",
                    "tls",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=dns:localhost",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    "changeit");
            keytool(
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    "tls",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    "changeit",
                    "-file",
                    certificate.toString());
            published.put(FIRST_KID, rsa());
            vertx = Vertx.vertx();
            HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                            .setSsl(true)
                            .setKeyCertOptions(new PfxOptions()
                                    .setPath(keystore.toString())
                                    .setPassword("changeit")))
                    .requestHandler(this::handle)
                    .listen(0)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            return Map.of(
                    "mp.jwt.verify.issuer",
                    ISSUER,
                    "mp.jwt.verify.audiences",
                    AUDIENCE,
                    "mp.jwt.verify.publickey.location",
                    "https://localhost:" + server.actualPort() + "/certs",
                    "smallrye.jwt.client.tls.certificate.path",
                    certificate.toString(),
                    // uniform-devauth cannot see a test resource's settings and supplies the dev key, which would
                    // win over the location; NONE is smallrye-jwt's own word for no key.
                    "mp.jwt.verify.publickey",
                    "NONE");
        } catch (Exception e) {
            throw new IllegalStateException("The identity provider of the tests cannot start", e);
        }
    }

    /**
     * Asks the provider to publish a new key, as one rotating its keys does.
     *
     * @param keys the service's {@code mp.jwt.verify.publickey.location}, the provider's JWK set
     */
    static void publish(String keys, String kid) {
        given().relaxedHTTPSValidation()
                .post(base(keys) + "/keys/" + kid)
                .then()
                .statusCode(204);
    }

    /**
     * Asks the provider for a token for this service, holding the role {@link GuardedResource} needs in {@code groups},
     * valid for ten minutes, the claims changed as a test says.
     *
     * @param keys the service's {@code mp.jwt.verify.publickey.location}, the provider's JWK set
     * @param kid the key to sign with; a kid never published gets a key the service cannot know
     */
    static String token(String keys, String kid, Consumer<Map<String, Object>> change) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", "alice");
        claims.put("groups", List.of(GuardedResource.ROLE));
        claims.put("iat", now);
        claims.put("exp", now + 600);
        change.accept(claims);
        return given().relaxedHTTPSValidation()
                .contentType(ContentType.JSON)
                .body(claims)
                .post(base(keys) + "/tokens/" + kid)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String base(String keys) {
        return keys.substring(0, keys.lastIndexOf('/'));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    private void handle(HttpServerRequest request) {
        String[] path = request.path().split("/");
        if (request.path().equals("/certs")) {
            request.response().putHeader("Content-Type", "application/json").end(jwks());
        } else if (path.length == 3 && path[1].equals("keys")) {
            published.computeIfAbsent(path[2], kid -> rsa());
            request.response().setStatusCode(204).end();
        } else if (path.length == 3 && path[1].equals("tokens")) {
            request.body().onSuccess(body -> request.response().end(sign(path[2], body.toJsonObject())));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private String sign(String kid, JsonObject claims) {
        KeyPair key = published.containsKey(kid) ? published.get(kid) : unpublished.computeIfAbsent(kid, k -> rsa());
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = claims.mapTo(Map.class);
        return Jwt.claims(plain).jws().keyId(kid).sign(key.getPrivate());
    }

    private String jwks() {
        return published.entrySet().stream()
                .map(key -> jwk(key.getKey(), (RSAPublicKey) key.getValue().getPublic()))
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static String jwk(String kid, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"%s\",\"n\":\"%s\",\"e\":\"%s\"}"
                .formatted(kid, unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
    }

    /** A JWK's numbers are unsigned and big-endian, in base64url without padding. */
    private static String unsigned(BigInteger number) {
        byte[] bytes = number.toByteArray();
        byte[] magnitude = bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(magnitude);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has RSA", e);
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
