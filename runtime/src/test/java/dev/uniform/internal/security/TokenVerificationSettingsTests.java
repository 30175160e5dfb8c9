package dev.uniform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.devauth.DevTokens;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Production needs a real issuer and a key; development tokens are never trusted there. */
class TokenVerificationSettingsTests {

    private static final Optional<String> JWKS = Optional.of("https://idp.example.com/realms/shop/certs");
    private static final Optional<String> ISSUER = Optional.of("https://idp.example.com/realms/shop");

    @Test
    void shouldKnowTheIssuerOfDevelopmentTokens() {
        assertThat(TokenVerificationSettings.DEV_ISSUER).isEqualTo(DevTokens.ISSUER);
    }

    @Test
    void shouldAcceptAnIssuerWithItsJwksUrl() {
        assertThat(new TokenVerificationSettings(ISSUER, Optional.empty(), JWKS).productionProblems())
                .isEmpty();
    }

    @Test
    void shouldAcceptAnIssuerWithAnInlineKey() {
        Optional<String> key = Optional.of("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----");

        assertThat(new TokenVerificationSettings(ISSUER, key, Optional.empty()).productionProblems())
                .isEmpty();
    }

    @Test
    void shouldRefuseTheDevelopmentIssuer() {
        Optional<String> dev = Optional.of(TokenVerificationSettings.DEV_ISSUER);

        assertThat(new TokenVerificationSettings(dev, Optional.empty(), JWKS).productionProblems())
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_ISSUER is urn:uniform:dev-tokens")
                .contains("anyone can mint");
    }

    @Test
    void shouldNameEverySettingThatIsMissing() {
        assertThat(new TokenVerificationSettings(Optional.of(" "), Optional.empty(), Optional.of(""))
                        .productionProblems())
                .satisfiesExactly(
                        issuer -> assertThat(issuer).startsWith("MP_JWT_VERIFY_ISSUER is not set"),
                        key -> assertThat(key).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }
}
