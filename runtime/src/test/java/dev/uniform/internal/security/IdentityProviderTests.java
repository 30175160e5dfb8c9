package dev.uniform.internal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Tokens of an identity provider that serves its keys as a JWK set over HTTPS, as in production: the service takes a
 * key the provider published after the service started, and refuses every token the provider did not mean for it, or
 * did not sign, with a 401 problem.
 */
@QuarkusTest
@WithTestResource(HttpsIdentityProvider.class)
class IdentityProviderTests {

    /** The kid-related cases in one order: a kid never published forces a refresh, which is then spent a minute. */
    @Test
    void shouldTakeARotatedKeyWithoutARestartAndRefuseAKeyNeverPublished() throws InterruptedException {
        assertAccepted(token(HttpsIdentityProvider.FIRST_KID, claims -> {}));

        HttpsIdentityProvider.publish(keys(), "key-2");
        // A rotation comes long after the service read the keys: jose4j ignores a refresh within 300 ms of its last
        // fetch, and smallrye-jwt would then wait its forced-refresh interval before trying again.
        Thread.sleep(HttpsIdentityProvider.JWKS_REFRESH_REPRIEVE.toMillis() + 100);

        assertAccepted(token("key-2", claims -> {}));
        assertAccepted(token(HttpsIdentityProvider.FIRST_KID, claims -> {}));
        assertRefused(token("key-never-published", claims -> {}));
    }

    @Test
    void shouldRefuseTokensNotMeantForThisServiceOrNotValidNow() {
        long now = Instant.now().getEpochSecond();
        List.<Consumer<Map<String, Object>>>of(
                        claims -> claims.put("aud", "billing-service"),
                        claims -> claims.remove("aud"),
                        claims -> claims.put("iss", "https://elsewhere.test"),
                        claims -> claims.put("exp", now - 600),
                        claims -> claims.put("nbf", now + 600),
                        claims -> claims.put("iat", now + 3600))
                .forEach(change -> assertRefused(token(HttpsIdentityProvider.FIRST_KID, change)));
    }

    private String token(String kid, Consumer<Map<String, Object>> change) {
        return HttpsIdentityProvider.token(keys(), kid, change);
    }

    static void assertAccepted(String token) {
        given().auth().oauth2(token).post("/guarded").then().statusCode(200).body(equalTo("touched"));
    }

    static void assertRefused(String token) {
        given().auth()
                .oauth2(token)
                .post("/guarded")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.UNAUTHENTICATED.uri()));
    }

    /**
     * The provider's JWK set, as the service was told it. Read, not injected: every test class's injection points are
     * checked at every start, and other tests start the service without this provider.
     */
    private static String keys() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class);
    }
}
