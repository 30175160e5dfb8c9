package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * API keys a service must refuse, each sent to create a product: a typo, a key cut short, a well-formed key never
 * issued, an issued key's id with another secret, a revoked key (timed from its revocation), an expired key; a key
 * without the role is a 403; an issued key creates. Then a token and a key send one Idempotency-Key and get a product
 * each, and thousands of random well-formed keys (checksums right) must all be 401 problems, none accepted.
 */
final class KeyRefusals {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String UNAUTHENTICATED = "urn:uniform:problem:unauthenticated";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Target target;
    private final Client client;
    private final String adminToken;
    private final String writerToken;

    KeyRefusals(Target target, Client client, String adminToken, String writerToken) {
        this.target = target;
        this.client = client;
        this.adminToken = adminToken;
        this.writerToken = writerToken;
    }

    List<Map<String, Object>> cases() throws InterruptedException {
        List<Map<String, Object>> cases = new ArrayList<>();
        JsonNode issued = issue("fault probe", "products.write", null);
        String key = issued.path("key").asText();
        cases.add(judged("API key: one character changed", typo(key), 401));
        cases.add(judged("API key: cut short", key.substring(0, key.length() - 1), 401));
        cases.add(judged("API key: well-formed, never issued", wellFormed(randomDigits(12)), 401));
        cases.add(judged("API key: an issued key's id, another secret", wellFormed(key.substring(8, 20)), 401));
        cases.add(judged("API key: without the role (products.delete only)", keyFor("products.delete"), 403));
        cases.add(expired());
        cases.add(judged("API key: issued for products.write", key, 201));
        cases.add(tokenAndKeyOneIdempotencyKey(key));
        return cases;
    }

    /** Revokes a key in use and measures, from the revocation's answer, how long the service still takes it. */
    Map<String, Object> revocation() throws InterruptedException {
        JsonNode issued = issue("revoked by the probe", "products.write", null);
        String key = issued.path("key").asText();
        int before =
                create(Map.of("X-API-Key", key), UUID.randomUUID().toString()).status();
        Exchange revoked = client.send(
                "DELETE /api-keys/{id}",
                "DELETE",
                target.api("/api-keys/" + issued.path("id").asText()),
                Map.of("Authorization", "Bearer " + adminToken),
                null);
        long revokedAt = System.nanoTime();
        long refusedAfter = -1;
        while (System.nanoTime() - revokedAt < 3_000_000_000L) {
            Exchange answer = create(Map.of("X-API-Key", key), UUID.randomUUID().toString());
            if (answer.status() == 401) {
                refusedAfter = (System.nanoTime() - revokedAt) / 1_000_000;
                break;
            }
            Thread.sleep(20);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("statusBefore", before);
        result.put("revokeStatus", revoked.status());
        result.put("refusedAfterMillis", refusedAfter);
        return result;
    }

    /** Keys a guesser would make: right prefix, right length, right checksum, random id and secret. */
    Map<String, Object> randomKeys(int count) {
        int accepted = 0;
        int problems = 0;
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Exchange answer = create(
                    Map.of("X-API-Key", wellFormed(randomDigits(12))),
                    UUID.randomUUID().toString());
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 200 && answer.status() < 300) {
                accepted++;
            }
            if (answer.status() == 401
                    && "application/problem+json".equals(answer.contentType())
                    && UNAUTHENTICATED.equals(Fixtures.problemType(answer.body()))) {
                problems++;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sent", count);
        result.put("accepted", accepted);
        result.put("unauthenticatedProblems", problems);
        result.put("statuses", statuses);
        return result;
    }

    private Map<String, Object> expired() throws InterruptedException {
        OffsetDateTime expiry = OffsetDateTime.now().plusSeconds(2);
        String key = issue("expiring", "products.write", expiry).path("key").asText();
        int before =
                create(Map.of("X-API-Key", key), UUID.randomUUID().toString()).status();
        Thread.sleep(Math.max(0, expiry.toInstant().toEpochMilli() - System.currentTimeMillis()) + 50);
        Map<String, Object> judged = judged("API key: expired (it created before: " + before + ")", key, 401);
        judged.put("holds", (boolean) judged.get("holds") && before == 201);
        return judged;
    }

    private Map<String, Object> tokenAndKeyOneIdempotencyKey(String key) {
        String idempotencyKey = UUID.randomUUID().toString();
        Exchange byToken = create(Map.of("Authorization", "Bearer " + writerToken), idempotencyKey);
        Exchange byKey = create(Map.of("X-API-Key", key), idempotencyKey);
        return Fixtures.twoProducts("a token and a key, one Idempotency-Key: two products", byToken, byKey);
    }

    private String keyFor(String role) {
        return issue("probe " + role, role, null).path("key").asText();
    }

    private JsonNode issue(String name, String role, OffsetDateTime expiresAt) {
        ObjectNode body = Fixtures.JSON.createObjectNode().put("name", name);
        body.putArray("roles").add(role);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        Exchange answer = client.send(
                "POST /api-keys",
                "POST",
                target.api("/api-keys"),
                Map.of("Authorization", "Bearer " + adminToken, "Content-Type", "application/json"),
                body.toString());
        if (answer.status() != 201) {
            throw new IllegalStateException("POST /api-keys answered " + answer.status() + ": " + answer.body());
        }
        return Fixtures.read(answer.body());
    }

    private Exchange create(Map<String, String> credential, String idempotencyKey) {
        Map<String, String> headers = new LinkedHashMap<>(credential);
        headers.put("Content-Type", "application/json");
        headers.put("Idempotency-Key", idempotencyKey);
        return client.send(
                "POST /products",
                "POST",
                target.api("/products"),
                headers,
                Fixtures.productBody(Fixtures.uniqueCode("KEY")));
    }

    private Map<String, Object> judged(String name, String key, int expected) {
        Exchange answer = create(Map.of("X-API-Key", key), UUID.randomUUID().toString());
        String type = answer.status() >= 400 ? Fixtures.problemType(answer.body()) : "";
        boolean problem = "application/problem+json".equals(answer.contentType());
        boolean holds = answer.status() == expected
                && (expected < 400 || problem)
                && (expected != 401 || UNAUTHENTICATED.equals(type))
                && !answer.body().contains(key.substring(20));
        Map<String, Object> judged = new LinkedHashMap<>();
        judged.put("case", name);
        judged.put("expected", expected);
        judged.put("status", answer.status());
        judged.put("contentType", answer.contentType());
        judged.put("type", type);
        judged.put("holds", holds);
        return judged;
    }

    private static String typo(String key) {
        int at = key.length() - 10;
        char changed = key.charAt(at) == 'a' ? 'b' : 'a';
        return key.substring(0, at) + changed + key.substring(at + 1);
    }

    /** A key of the service's format for this id: uniform_, the id, 43 random digits, the CRC32 checksum. */
    private static String wellFormed(String id) {
        String body = "uniform_" + id + "_" + randomDigits(43);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] checksum = new char[6];
        for (int i = 5; i >= 0; i--) {
            checksum[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return body + new String(checksum);
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(BASE62.charAt(RANDOM.nextInt(62)));
        }
        return digits.toString();
    }
}
