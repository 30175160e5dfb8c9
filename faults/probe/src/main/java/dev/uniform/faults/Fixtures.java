package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Products made for a scenario, with codes no other run uses, and the headers requests carry. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN =
            Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private Fixtures() {}

    /** A code no other request of any run has used, such as {@code F-1A2B3C-17}. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static String productBody(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Fault probe\",\"price\":12.50,\"status\":\"ACTIVE\"}";
    }

    static Map<String, String> json(Target target) {
        Map<String, String> headers = new HashMap<>(target.credential());
        headers.put("Content-Type", "application/json");
        return headers;
    }

    static Map<String, String> creating(Target target) {
        Map<String, String> headers = json(target);
        headers.put("Idempotency-Key", UUID.randomUUID().toString());
        return headers;
    }

    /** Creates a product and answers its id, or fails the scenario. */
    static long create(Client client, Target target, String prefix) {
        Exchange created = client.send(
                "POST /products", "POST", target.api("/products"), creating(target), productBody(uniqueCode(prefix)));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a product: " + created);
        }
        return read(created.body()).path("id").asLong();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code type} of a problem body; empty for a body that is not JSON. */
    static String problemType(String body) {
        try {
            return read(body).path("type").asText();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    /**
     * The judgement of two creates that sent one Idempotency-Key for two callers: it holds when each made a product of
     * its own, as the refusals report shows it.
     */
    static Map<String, Object> twoProducts(String name, Exchange first, Exchange second) {
        String firstId = first.status() == 201 ? read(first.body()).path("id").asText() : "";
        String secondId =
                second.status() == 201 ? read(second.body()).path("id").asText() : "";
        Map<String, Object> judged = new LinkedHashMap<>();
        judged.put("case", name);
        judged.put("expected", 201);
        judged.put("status", first.status() + ", " + second.status());
        judged.put("contentType", second.contentType());
        judged.put("type", "ids " + firstId + ", " + secondId);
        judged.put("holds", !firstId.isEmpty() && !secondId.isEmpty() && !firstId.equals(secondId));
        return judged;
    }
}
