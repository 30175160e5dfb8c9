package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tokens carry the dev issuer, the service's audience, the caller and the roles, and are signed with the dev key of
 * this user. The service here is the one this module's test resources name: {@code quarkus.application.name=orders}.
 */
class DevTokensTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TemporaryDevKeys KEYS = new TemporaryDevKeys();

    @Test
    void shouldCarryIssuerCallerAndRoles() throws Exception {
        String token = DevTokens.issue("alice", Set.of("products.write", "products.delete"));

        JsonNode claims = part(token, 1);
        assertThat(part(token, 0).get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims.get("aud").asText()).isEqualTo("orders");
        assertThat(claims.get("sub").asText()).isEqualTo("alice");
        assertThat(claims.get("groups"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("products.write", "products.delete");
        assertThat(Instant.ofEpochSecond(claims.get("exp").asLong()))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(7)), Instant.now().plus(Duration.ofHours(9)));
    }

    @Test
    void shouldIssueATokenForAnotherServiceWhenAsked() throws Exception {
        JsonNode claims = part(DevTokens.forAudience("billing", "alice", Set.of("products.write")), 1);

        assertThat(claims.get("aud").asText()).isEqualTo("billing");
        assertThat(claims.get("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(Instant.ofEpochSecond(claims.get("exp").asLong())).isAfter(Instant.now());
    }

    @Test
    void shouldReadTheFirstOfTheAudiencesAService() {
        assertThat(ServiceAudience.first(" , orders, billing")).contains("orders");
        assertThat(ServiceAudience.first(" ")).isEmpty();
    }

    @Test
    void shouldBeSignedWithTheDevKey() throws Exception {
        String token = DevTokens.issue("alice", Set.of());
        int lastDot = token.lastIndexOf('.');

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(DevKeys.ofThisUser().publicKey());
        verifier.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1))))
                .isTrue();
    }

    @Test
    void shouldIssueExpiredTokensForTests() throws Exception {
        JsonNode claims = part(DevTokens.issue("alice", Set.of(), Duration.ofMinutes(-5)), 1);

        assertThat(Instant.ofEpochSecond(claims.get("exp").asLong())).isBefore(Instant.now());
        assertThat(claims.get("iat").asLong()).isLessThan(claims.get("exp").asLong());
    }

    @Test
    void shouldPrintATokenWithTheRolesGivenOnTheCommandLine() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DevTokens.main(new String[] {"products.write"});
        } finally {
            System.setOut(original);
        }

        String token = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(part(token, 1).get("groups")).extracting(JsonNode::asText).containsExactly("products.write");
        assertThat(part(token, 1).get("aud").asText()).isEqualTo("orders");
    }

    private static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }
}
