package dev.uniform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.devauth.DevTokens;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Production needs a real issuer, an audience and a key fetched over HTTPS; development tokens are never trusted there.
 */
class TokenVerificationSettingsTests {

    private static final Optional<String> JWKS = Optional.of("https://idp.example.com/realms/shop/certs");
    private static final Optional<String> ISSUER = Optional.of("https://idp.example.com/realms/shop");
    private static final Optional<String> AUDIENCE = Optional.of("orders");
    private static final Optional<String> NONE = Optional.empty();

    @Test
    void shouldKnowTheIssuerOfDevelopmentTokens() {
        assertThat(TokenVerificationSettings.DEV_ISSUER).isEqualTo(DevTokens.ISSUER);
    }

    @Test
    void shouldAcceptAnIssuerWithItsAudienceAndJwksUrl() {
        assertThat(new TokenVerificationSettings(ISSUER, AUDIENCE, NONE, JWKS, false).productionProblems())
                .isEmpty();
    }

    @Test
    void shouldAcceptAnIssuerWithAnInlineKey() {
        Optional<String> key = Optional.of("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----");

        assertThat(new TokenVerificationSettings(ISSUER, AUDIENCE, key, NONE, false).productionProblems())
                .isEmpty();
    }

    @Test
    void shouldRefuseTheDevelopmentIssuer() {
        Optional<String> dev = Optional.of(TokenVerificationSettings.DEV_ISSUER);

        assertThat(new TokenVerificationSettings(dev, AUDIENCE, NONE, JWKS, false).productionProblems())
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_ISSUER is urn:uniform:dev-tokens")
                .contains("anyone can mint");
    }

    @Test
    void shouldNameEverySettingThatIsMissing() {
        assertThat(new TokenVerificationSettings(Optional.of(" "), Optional.of(""), NONE, Optional.of(""), false)
                        .productionProblems())
                .satisfiesExactly(
                        issuer -> assertThat(issuer).startsWith("MP_JWT_VERIFY_ISSUER is not set"),
                        audience -> assertThat(audience)
                                .startsWith("MP_JWT_VERIFY_AUDIENCES is not set")
                                .contains("tokens it issued for other services are refused"),
                        key -> assertThat(key).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }

    @Test
    void shouldRefuseKeysOverPlainHttpUnlessTheOperatorAllowsThem() {
        Optional<String> plain = Optional.of("HTTP://keycloak.identity.svc:8080/realms/shop/certs");

        assertThat(new TokenVerificationSettings(ISSUER, AUDIENCE, NONE, plain, false).productionProblems())
                .singleElement()
                .asString()
                .startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION is HTTP://keycloak.identity.svc:8080/realms/shop/certs,"
                        + " over plain HTTP")
                .contains("UNIFORM_SECURITY_ALLOW_PLAIN_HTTP_KEYS=true");
        assertThat(new TokenVerificationSettings(ISSUER, AUDIENCE, NONE, plain, true).productionProblems())
                .isEmpty();
    }
}
