package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packaged service is told an issuer and a key of their own, and the tokens for it verify with that key only. */
class PackagedServiceIssuerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TemporaryDevKeys KEYS = new TemporaryDevKeys();

    @Test
    void shouldPointTheServiceAtAnIssuerThatIsNotTheDevelopmentOne() {
        Map<String, String> settings = new PackagedServiceIssuer().start();

        assertThat(settings.get("mp.jwt.verify.issuer"))
                .isEqualTo(PackagedServiceIssuer.ISSUER)
                .isNotEqualTo(DevTokens.ISSUER);
        assertThat(settings.get("mp.jwt.verify.publickey"))
                .startsWith("-----BEGIN PUBLIC KEY-----")
                .isNotEqualTo(DevKeys.ofThisUser().publicKeyPem());
        assertThat(settings.get("mp.jwt.verify.audiences")).isEqualTo(PackagedServiceIssuer.AUDIENCE);
        assertThat(settings)
                .containsOnlyKeys("mp.jwt.verify.issuer", "mp.jwt.verify.audiences", "mp.jwt.verify.publickey");
    }

    @Test
    void shouldSignTokensThatTheGivenKeyVerifies() throws Exception {
        PublicKey key = decode(new PackagedServiceIssuer().start().get("mp.jwt.verify.publickey"));

        String token = PackagedServiceIssuer.token("editor", Set.of("products.write"));

        assertThat(verifies(token, key)).isTrue();
        assertThat(verifies(token, DevKeys.ofThisUser().publicKey())).isFalse();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(PackagedServiceIssuer.ISSUER);
        assertThat(claims.get("aud").asText()).isEqualTo(PackagedServiceIssuer.AUDIENCE);
        assertThat(claims.get("sub").asText()).isEqualTo("editor");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("products.write");
    }

    private static boolean verifies(String token, PublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    private static PublicKey decode(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
