package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests derived from the OpenAPI document, most of them wrong on purpose: each parameter, header and body field
 * given values of every kind (valid, out of range, of another type, hostile text, broken encodings), bodies broken in
 * shape or size, and a few requests no HTTP client would send, written on the socket. Every answer goes to the
 * {@link Judge}.
 */
final class Fuzz {

    private static final int WORKERS = 16;

    /** Text an attacker or a broken client sends; some of it PostgreSQL cannot store. */
    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "a",
            "x".repeat(300),
            "x".repeat(5_000),
            "\u0000",
            "a\u0000b",
            "a\uD800b",
            "\uDC00",
            "😀",
            "Ω≈ç√",
            "' OR 1=1 --",
            "'; drop table products; --",
            "<script>alert(1)</script>",
            "../../../etc/passwd",
            "%00",
            "%ZZ",
            "${jndi:ldap://example.invalid/a}",
            "{{7*7}}",
            "\r\nX-Injected: 1",
            "-1",
            "0",
            "1",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "1e999999999",
            "1e-999999999",
            "-0",
            "0.001",
            "NaN",
            "Infinity",
            "null",
            "true",
            "[]",
            "{}",
            "ACTIVE",
            "archived",
            "2026-13-45",
            "\\u0000",
            "\t",
            "%",
            "+",
            "&",
            "=",
            "#",
            "?");

    private final Target target;
    private final Judge judge;
    private final Client client;
    private final SplittableRandom random = new SplittableRandom(20261201L);
    private final List<Long> ids = new ArrayList<>();

    Fuzz(Target target, Judge judge) {
        this.target = target;
        this.judge = judge;
        this.client = new Client(Duration.ofSeconds(10), System.currentTimeMillis());
    }

    /** Sends {@code perOperation} requests to every operation of the document; answers the count per operation. */
    Map<String, Object> run(List<Operation> operations, int perOperation) throws Exception {
        for (int i = 0; i < 20; i++) {
            ids.add(Fixtures.create(client, target, "FZ"));
        }
        Map<String, Object> sent = new LinkedHashMap<>();
        for (Operation operation : operations) {
            AtomicInteger remaining = new AtomicInteger(perOperation);
            AtomicInteger judged = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            List<Future<Void>> running = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                SplittableRandom own = random.split();
                running.add(workers.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        judge.record(send(operation, own));
                        judged.incrementAndGet();
                    }
                    return null;
                }));
            }
            workers.shutdown();
            if (!workers.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the fuzz of " + operation.name() + " did not end");
            }
            for (Future<Void> worker : running) {
                // A request the probe itself could not make is its defect, not the service's: stop and say so.
                worker.get();
            }
            sent.put(operation.name(), judged.get());
        }
        return sent;
    }

    private Exchange send(Operation operation, SplittableRandom random) throws IOException {
        if (random.nextInt(100) < 3) {
            return Raw.send(target, operation, rawRequest(operation, random));
        }
        Map<String, String> headers = new HashMap<>();
        StringBuilder query = new StringBuilder();
        String path = operation.path();
        for (Operation.Parameter parameter : operation.parameters()) {
            boolean include = parameter.in().equals("path") || random.nextInt(100) < 60;
            if (!include) {
                continue;
            }
            String value = valueFor(parameter, random);
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", encode(value));
                case "query" ->
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(parameter.name())
                            .append('=')
                            .append(encode(value));
                case "header" -> {
                    if (isSendableHeader(value)) {
                        headers.put(parameter.name(), value);
                    }
                }
                default -> {}
            }
        }
        if (random.nextInt(100) < 5) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encode(pick(HOSTILE, random)));
        }
        authorize(headers, random);
        negotiate(headers, operation, random);
        String body = operation.takesBody() ? body(operation, random) : null;
        return client.send(operation.name(), operation.method(), target.api(path + query), headers, body);
    }

    private String valueFor(Operation.Parameter parameter, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (parameter.in().equals("path") && roll < 50 && !ids.isEmpty()) {
            return String.valueOf(pick(ids, random));
        }
        if (parameter.name().equalsIgnoreCase("If-Match") && roll < 60) {
            return pick(List.of("\"0\"", "\"1\"", "*", "\"0\", \"1\""), random);
        }
        if (parameter.name().equalsIgnoreCase("Idempotency-Key") && roll < 60) {
            return UUID.randomUUID().toString();
        }
        if (parameter.name().equals("cursor") && roll < 60) {
            return cursorLike(random);
        }
        if (roll < 70) {
            return validFor(parameter.schema(), random);
        }
        return pick(HOSTILE, random);
    }

    /**
     * A cursor in the shape the kit writes (base64url of its JSON) with hostile parts: unknown sorts and directions,
     * keys of the wrong type or number, hostile texts, nulls; what only a decodable cursor reaches.
     */
    private static String cursorLike(SplittableRandom random) {
        ObjectNode cursor = JsonNodeFactory.instance.objectNode();
        cursor.put("v", pick(List.of(1, 1, 1, 0, 2, -1), random));
        cursor.put("d", pick(List.of("a", "b", "a", "x", ""), random));
        ArrayNode sort = cursor.putArray("s");
        int orders = random.nextInt(3);
        for (int i = 0; i < orders; i++) {
            sort.add(
                    pick(List.of("code", "-price", "name", "status", "-createdAt", "id", "password", "-", ""), random));
        }
        ArrayNode keys = cursor.putArray("k");
        int count = random.nextInt(100) < 80 ? orders + 1 : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(6);
            switch (kind) {
                case 0 -> keys.addNull();
                case 1 -> keys.add(String.valueOf(random.nextLong()));
                case 2 ->
                    keys.add(pick(
                            List.of("1e999", "NaN", "-0", "99999999999999999999999", "2026-13-40T25:61:00Z"), random));
                case 3 -> keys.add(pick(List.of("DRAFT", "ACTIVE", "PURPLE", "true"), random));
                default -> keys.add(pick(HOSTILE, random));
            }
        }
        byte[] json = cursor.toString().getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** A value the schema allows, when it says enough to make one: an enum value, an example, a bound. */
    private static String validFor(JsonNode schema, SplittableRandom random) {
        if (schema.has("enum")) {
            return schema.path("enum")
                    .get(random.nextInt(schema.path("enum").size()))
                    .asText();
        }
        List<String> candidates = new ArrayList<>();
        schema.path("examples").forEach(example -> candidates.add(example.asText()));
        if (schema.has("minimum")) {
            candidates.add(schema.path("minimum").asText());
        }
        if (schema.has("maximum")) {
            candidates.add(schema.path("maximum").asText());
        }
        if (schema.has("default")) {
            candidates.add(schema.path("default").asText());
        }
        String type = schema.path("type").asText();
        if (type.equals("integer")) {
            candidates.add(String.valueOf(random.nextInt(0, 200)));
        } else if (type.equals("number")) {
            candidates.add(String.valueOf(random.nextInt(0, 100_000) / 100.0));
        } else {
            candidates.add("cup");
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private void authorize(Map<String, String> headers, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 90) {
            headers.put("Authorization", "Bearer " + target.token());
        } else if (roll < 95) {
            headers.put(
                    "Authorization", "Bearer " + pick(List.of("abc", "a.b.c", "", "eyJhbGciOiJub25lIn0.e30."), random));
        }
    }

    private static void negotiate(Map<String, String> headers, Operation operation, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            headers.put("Accept", pick(List.of("text/html", "application/xml", "image/png", "garbage"), random));
        } else if (roll < 10) {
            headers.put("Accept", pick(List.of("*/*", "application/json", "application/*"), random));
        }
        if (operation.takesBody()) {
            int type = random.nextInt(100);
            if (type < 90) {
                headers.put("Content-Type", "application/json");
            } else if (type < 95) {
                headers.put(
                        "Content-Type",
                        pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"), random));
            }
        }
    }

    private String body(Operation operation, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return pick(
                    List.of("", "{", "not json", "[]", "null", "42", "\"text\"", "{\"a\":}", "[".repeat(5_000)),
                    random);
        }
        if (roll < 6) {
            return "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        }
        ObjectNode body = operation.bodyExample().deepCopy();
        if (body.has("code")) {
            body.put("code", Fixtures.uniqueCode("FZ"));
        }
        int mutations = roll < 30 ? 0 : random.nextInt(1, 4);
        for (int i = 0; i < mutations; i++) {
            mutate(body, random);
        }
        return body.toString();
    }

    private void mutate(ObjectNode body, SplittableRandom random) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            fields.add(names.next());
        }
        String field = fields.isEmpty() ? "code" : pick(fields, random);
        switch (random.nextInt(8)) {
            case 0 -> body.remove(field);
            case 1 -> body.putNull(field);
            case 2 -> body.put(field, pick(HOSTILE, random));
            case 3 -> body.put(field, random.nextBoolean());
            case 4 -> body.put(field, pick(List.of(-1.0, 0.0, 1e300, -1e300, 0.001, 12345678901.0), random));
            case 5 -> body.putArray(field).add(1);
            case 6 -> body.putObject(field).put("nested", true);
            default -> body.put("unknownField" + random.nextInt(3), pick(HOSTILE, random));
        }
    }

    /** A request line or header that HTTP clients refuse to send, as raw bytes. */
    private String rawRequest(Operation operation, SplittableRandom random) {
        String path = operation.path().replace("{id}", String.valueOf(ids.isEmpty() ? 1L : (long) pick(ids, random)));
        String target = switch (random.nextInt(7)) {
            case 0 -> path + "?q=%ZZ";
            case 1 -> path.replaceFirst("/[^/]*$", "/%ZZ");
            case 2 -> path + "?q=%ED%A0%80";
            case 3 -> path + "?q=a|b{c}";
            case 4 -> path + "?q=%00";
            case 5 -> path + "?q=" + "a".repeat(9_000);
            default -> path;
        };
        String header = random.nextInt(4) == 0 ? "X-Note: a\u0000b\r\n" : "";
        return operation.method() + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + this.target.token() + "\r\n" + header + "Content-Length: 0\r\nConnection: close\r\n\r\n";
    }

    private static boolean isSendableHeader(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !value.isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
