package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens a service must refuse, each sent to create a product: for another service, expired, not yet valid,
 * issued in the future, from another issuer, unsigned ({@code alg: none}), signed with HS256 and the issuer's public key
 * as the secret, signed by a key the issuer never published, with a tampered signature, or not a JWT at all. Each must
 * be a 401 problem; the issuer's own token for this service, sent last, must create the product. Then two callers send
 * one Idempotency-Key, each with a product of their own: each must get their own, not the other's stored answer. API
 * keys follow ({@link KeyRefusals}).
 */
final class Refusals {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String UNAUTHENTICATED = "urn:uniform:problem:unauthenticated";

    private final Target target;
    private final Client client = new Client(Duration.ofSeconds(10), System.currentTimeMillis());
    private final String issuer;
    private final String audience;
    private final PrivateKey issuerKey;
    private final byte[] issuerPublicPem;

    private final int randomKeys;

    Refusals(Target target, String issuer, String audience, Path privateKeyPem, Path publicKeyPem, int randomKeys)
            throws Exception {
        this.target = target;
        this.randomKeys = randomKeys;
        this.issuer = issuer;
        this.audience = audience;
        this.issuerKey = privateKey(Files.readString(privateKeyPem));
        this.issuerPublicPem = Files.readAllBytes(publicKeyPem);
    }

    Map<String, Object> run() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        PrivateKey unpublished =
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("for another service (aud)", rs256(claims(now, c -> c.put("aud", "billing-service"))));
        refused.put("for no service (no aud)", rs256(claims(now, c -> c.remove("aud"))));
        refused.put("expired 10 minutes ago", rs256(claims(now, c -> c.put("exp", now - 600))));
        refused.put("not valid for 10 minutes (nbf)", rs256(claims(now, c -> c.put("nbf", now + 600))));
        refused.put("issued an hour from now (iat)", rs256(claims(now, c -> c.put("iat", now + 3600))));
        refused.put("from another issuer", rs256(claims(now, c -> c.put("iss", "https://elsewhere.invalid"))));
        refused.put("unsigned (alg none)", unsigned(claims(now, c -> {})));
        refused.put("HS256 with the public key as secret", hs256(claims(now, c -> {})));
        refused.put("signed by a key never published (kid)", signed(claims(now, c -> {}), unpublished, "rotated-1"));
        refused.put("signature tampered", tampered(rs256(claims(now, c -> {}))));
        refused.put("not a JWT", "not-a-token");

        List<Map<String, Object>> cases = new ArrayList<>();
        refused.forEach((name, token) -> cases.add(judged(name, token, 401)));
        cases.add(judged("the issuer's token for this service", rs256(claims(now, c -> {})), 201));
        cases.add(twoCallersOneKey(now));
        KeyRefusals keys = new KeyRefusals(
                target,
                client,
                rs256(claims(now, c -> c.putArray("groups").add("api-keys.admin"))),
                rs256(claims(now, c -> {})));
        cases.addAll(keys.cases());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cases", cases);
        result.put("revocation", keys.revocation());
        result.put("randomKeys", keys.randomKeys(randomKeys));
        result.put("held", cases.stream().filter(c -> (boolean) c.get("holds")).count());
        result.put("total", cases.size());
        return result;
    }

    private Map<String, Object> twoCallersOneKey(long now) throws GeneralSecurityException {
        String key = UUID.randomUUID().toString();
        Exchange first = create(rs256(claims(now, c -> c.put("sub", "caller-a").put("upn", "caller-a"))), key);
        Exchange second = create(rs256(claims(now, c -> c.put("sub", "caller-b").put("upn", "caller-b"))), key);
        return Fixtures.twoProducts("two callers, one Idempotency-Key: two products", first, second);
    }

    private Exchange create(String token, String key) {
        return client.send(
                "POST /products",
                "POST",
                target.api("/products"),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json", "Idempotency-Key", key),
                Fixtures.productBody(Fixtures.uniqueCode("SEC")));
    }

    private Map<String, Object> judged(String name, String token, int expected) {
        Exchange answer = create(token, UUID.randomUUID().toString());
        String type = answer.status() == 401 ? Fixtures.problemType(answer.body()) : "";
        boolean holds = answer.status() == expected
                && (expected != 401
                        || ("application/problem+json".equals(answer.contentType()) && UNAUTHENTICATED.equals(type)));
        Map<String, Object> judged = new LinkedHashMap<>();
        judged.put("case", name);
        judged.put("expected", expected);
        judged.put("status", answer.status());
        judged.put("contentType", answer.contentType());
        judged.put("type", type);
        judged.put("holds", holds);
        return judged;
    }

    private ObjectNode claims(long now, Consumer<ObjectNode> change) {
        ObjectNode claims = Fixtures.JSON
                .createObjectNode()
                .put("iss", issuer)
                .put("aud", audience)
                .put("sub", "fault-probe")
                .put("upn", "fault-probe")
                .put("iat", now)
                .put("exp", now + 600);
        claims.putArray("groups").add("products.write");
        change.accept(claims);
        return claims;
    }

    private String rs256(JsonNode claims) throws GeneralSecurityException {
        return signed(claims, issuerKey, null);
    }

    private static String signed(JsonNode claims, PrivateKey key, String kid) throws GeneralSecurityException {
        ObjectNode header = Fixtures.JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        if (kid != null) {
            header.put("kid", kid);
        }
        String content = encode(header) + "." + encode(claims);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + BASE64URL.encodeToString(signer.sign());
    }

    private static String unsigned(JsonNode claims) {
        return encode(Fixtures.JSON.createObjectNode().put("alg", "none").put("typ", "JWT")) + "." + encode(claims)
                + ".";
    }

    /** The algorithm-confusion attack: a verifier that lets the token pick HMAC would use the public key as secret. */
    private String hs256(JsonNode claims) throws GeneralSecurityException {
        String content =
                encode(Fixtures.JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT")) + "." + encode(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(issuerPublicPem, "HmacSHA256"));
        return content + "." + BASE64URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String tampered(String token) {
        int last = token.lastIndexOf('.');
        char[] signature = token.substring(last + 1).toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        return token.substring(0, last + 1) + new String(signature);
    }

    private static String encode(JsonNode json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
