package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's record: the requests of its load and the readiness polls (JSON lines with wall-clock times), and the
 * moments faults/run.sh broke or mended something ({@code events.tsv}: name, then epoch milliseconds).
 */
record Timeline(List<JsonNode> requests, List<JsonNode> readiness, Map<String, Long> events) {

    static Timeline read(Path directory) throws IOException {
        Map<String, Long> events = new HashMap<>();
        for (String line : Files.readAllLines(directory.resolve("events.tsv"))) {
            String[] fields = line.split("\t");
            events.put(fields[0], Long.parseLong(fields[1].strip()));
        }
        return new Timeline(
                lines(directory.resolve("requests.jsonl")), lines(directory.resolve("readiness.jsonl")), events);
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(Fixtures.read(line));
            }
        }
        return nodes;
    }

    long event(String name) {
        Long at = events.get(name);
        if (at == null) {
            throw new IllegalStateException("no event " + name + " in " + events);
        }
        return at;
    }

    /** Requests sent between the two moments, both included. */
    List<JsonNode> startedBetween(long from, long to) {
        return requests.stream()
                .filter(r -> r.path("startedAt").asLong() >= from
                        && r.path("startedAt").asLong() <= to)
                .toList();
    }

    static boolean succeeded(JsonNode request) {
        int status = request.path("status").asInt();
        return status >= 200 && status < 300;
    }

    /** Failed for want of the database, and said so as the API promises: 503, a problem, Retry-After in seconds. */
    static boolean unavailableAsPromised(JsonNode request) {
        return request.path("status").asInt() == 503
                && request.path("problem").asBoolean()
                && request.path("retryAfter").asText("").matches("\\d+");
    }

    static long maxMillis(List<JsonNode> requests) {
        return requests.stream().mapToLong(r -> r.path("millis").asLong()).max().orElse(0);
    }
}
