package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whether every create a load was told succeeded (201) can be read back: no acknowledged write lost. */
final class Writes {

    private Writes() {}

    static Map<String, Object> verify(Target target, Path requests) throws IOException {
        Client client = new Client(Duration.ofSeconds(10), 0);
        List<Long> acknowledged = new ArrayList<>();
        for (String line : Files.readAllLines(requests)) {
            JsonNode request = Fixtures.read(line);
            if (request.has("createdId")) {
                acknowledged.add(request.path("createdId").asLong());
            }
        }
        List<Long> lost = new ArrayList<>();
        for (long id : acknowledged) {
            Exchange read = client.send("GET /products/{id}", "GET", target.api("/products/" + id), Map.of(), null);
            if (read.status() != 200) {
                lost.add(id);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("acknowledgedCreates", acknowledged.size());
        result.put("lost", lost.size());
        result.put("lostIds", lost.subList(0, Math.min(lost.size(), 20)));
        return result;
    }
}
