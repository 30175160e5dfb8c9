package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fixtures get tokens the service under test trusts: dev tokens, or the packaged issuer's while it runs the service. */
class TestTokensTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TemporaryDevKeys KEYS = new TemporaryDevKeys();

    @Test
    void shouldIssueThePackagedIssuersTokensOnlyWhileItRunsTheService() throws Exception {
        PackagedServiceIssuer issuer = new PackagedServiceIssuer();

        issuer.start();
        String whileRunning = TestTokens.issue("editor", Set.of("products.write"));
        issuer.stop();
        String afterwards = TestTokens.issue("editor", Set.of("products.write"));

        assertThat(claims(whileRunning).get("iss").asText()).isEqualTo(PackagedServiceIssuer.ISSUER);
        assertThat(claims(afterwards).get("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims(afterwards).get("groups"))
                .extracting(JsonNode::asText)
                .containsExactly("products.write");
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
