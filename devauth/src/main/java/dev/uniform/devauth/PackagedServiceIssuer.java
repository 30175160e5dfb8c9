package dev.uniform.devauth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A token issuer for {@code @QuarkusIntegrationTest}, which starts the packaged service in production mode, where it
 * refuses development tokens: this test resource makes an issuer of its own with a key pair made for this JVM, points
 * the service at it, and signs the tokens the tests send ({@link #token}). Use it with
 * {@code @WithTestResource(PackagedServiceIssuer.class)}.
 */
public final class PackagedServiceIssuer implements QuarkusTestResourceLifecycleManager {

    /** The issuer the packaged service trusts, a name under {@code .invalid} so that it can never be a real one. */
    public static final String ISSUER = "https://issuer.uniform.invalid";

    /** The audience the packaged service is given, and every token of this issuer is for. */
    public static final String AUDIENCE = "urn:uniform:packaged-service-under-test";

    /** Whether this JVM's tests run against a packaged service that trusts this issuer: see {@link TestTokens}. */
    private static volatile boolean started;

    /**
     * A token for the given caller holding the given roles, valid for {@link DevTokens#DEFAULT_LIFETIME}, signed with
     * the key the packaged service verifies.
     *
     * @param subject the caller's name, as {@code sub} and {@code upn}
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks
     * @return the JWT, for {@code Authorization: Bearer}
     */
    public static String token(String subject, Set<String> roles) {
        long now = System.currentTimeMillis() / 1000;
        return DevTokens.sign(
                new DevTokens.Claims(ISSUER, Optional.of(AUDIENCE), subject, roles),
                Keys.PAIR.privateKey(),
                now - 1,
                now + DevTokens.DEFAULT_LIFETIME.toSeconds());
    }

    /**
     * Makes the key pair unless this JVM has one already.
     *
     * @return the issuer, the audience and the issuer's public key itself (a file would not be there when the service
     *     runs in a container), which Quarkus passes to the packaged service as system properties
     */
    @Override
    public Map<String, String> start() {
        started = true;
        return Map.of(
                "mp.jwt.verify.issuer",
                ISSUER,
                ServiceAudience.AUDIENCES,
                AUDIENCE,
                "mp.jwt.verify.publickey",
                Keys.PAIR.publicKeyPem());
    }

    /**
     * Whether a test of this JVM started the packaged service with this issuer.
     *
     * @return true once {@link #start} ran: the service under test then trusts this issuer's tokens, not dev tokens
     */
    static boolean started() {
        return started;
    }

    /** Keeps the pair, which other test classes of this JVM sign with; its directory goes with the JVM. */
    @Override
    public void stop() {
        started = false;
    }

    /** One pair per JVM, in a directory of its own that is deleted when the JVM exits. */
    private static final class Keys {

        static final DevKeys PAIR = make();

        private static DevKeys make() {
            try {
                DevKeys keys = DevKeys.in(Files.createTempDirectory("uniform-packaged-issuer-"));
                keys.directory().toFile().deleteOnExit();
                keys.directory().resolve(DevKeys.PUBLIC_KEY_FILE).toFile().deleteOnExit();
                keys.directory().resolve(DevKeys.PRIVATE_KEY_FILE).toFile().deleteOnExit();
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException("uniform devauth cannot make a directory for the issuer's keys", e);
            }
        }
    }
}
