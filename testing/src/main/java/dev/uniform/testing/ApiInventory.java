package dev.uniform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Holds the API a service serves to the one committed in {@code api/openapi.json}, so that a change to the API shows
 * in review as a change to that file and never slips out unnoticed. After an intended change, {@code ./mvnw verify
 * -Dapi.accept} records the served document as the committed one.
 */
public final class ApiInventory {

    /** Where a service commits its API. */
    public static final Path COMMITTED = Path.of("api", "openapi.json");

    /** Where the served document is written, for a diff tool when the two differ. */
    public static final Path SERVED = Path.of("target", "openapi-served.json");

    /** The system property that records the served API as the committed one. */
    public static final String ACCEPT = "api.accept";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int DIFFERENCES_SHOWN = 20;

    private ApiInventory() {}

    /**
     * Fails, naming the JSON pointers where they differ, unless {@code servedJson} is the committed API; with {@code
     * -Dapi.accept}, first makes it the committed one.
     *
     * @param servedJson the OpenAPI document as the service under test serves it, from {@code /q/openapi?format=json}
     * @throws IOException when {@code servedJson} is not JSON, or the committed file or the served copy cannot be
     *     read or written
     */
    public static void assertServedIsCommitted(String servedJson) throws IOException {
        assertServedIsCommitted(servedJson, COMMITTED, SERVED, System.getProperty(ACCEPT) != null);
    }

    static void assertServedIsCommitted(String servedJson, Path committed, Path servedCopy, boolean accept)
            throws IOException {
        JsonNode served = JSON.readTree(servedJson);
        Files.createDirectories(servedCopy.toAbsolutePath().getParent());
        Files.writeString(servedCopy, JSON.writeValueAsString(served) + "\n");
        if (accept) {
            Files.createDirectories(committed.toAbsolutePath().getParent());
            Files.copy(servedCopy, committed, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(committed)) {
            throw new AssertionError("No committed API at " + committed + ": ./mvnw verify -D" + ACCEPT
                    + " creates it from " + servedCopy);
        }
        List<String> differences = differences(JSON.readTree(committed.toFile()), served);
        if (!differences.isEmpty()) {
            throw new AssertionError(("The served API (%s) differs from %s at these JSON pointers; if intended, run"
                            + " ./mvnw verify -D%s and commit the file:%n  %s")
                    .formatted(servedCopy, committed, ACCEPT, String.join("\n  ", differences)));
        }
    }

    /** The JSON pointers where the two documents differ, up to a screenful. */
    static List<String> differences(JsonNode committed, JsonNode served) {
        List<String> found = new ArrayList<>();
        collectDifferences("", committed, served, found);
        return found;
    }

    private static void collectDifferences(String pointer, JsonNode committed, JsonNode served, List<String> out) {
        if (out.size() >= DIFFERENCES_SHOWN || committed.equals(served)) {
            return;
        }
        if (!committed.isContainerNode() || committed.getNodeType() != served.getNodeType()) {
            out.add(pointer.isEmpty() ? "/" : pointer);
            return;
        }
        if (committed.isArray() && committed.size() != served.size()) {
            out.add(pointer + " (" + committed.size() + " items committed, " + served.size() + " served)");
            return;
        }
        Iterator<String> names = committed.isObject() ? committed.fieldNames() : null;
        if (names != null) {
            names.forEachRemaining(name ->
                    collectDifferences(pointer + "/" + escaped(name), committed.get(name), served.path(name), out));
            served.fieldNames().forEachRemaining(name -> {
                if (!committed.has(name)) {
                    out.add(pointer + "/" + escaped(name) + " (new)");
                }
            });
            return;
        }
        for (int i = 0; i < committed.size(); i++) {
            collectDifferences(pointer + "/" + i, committed.get(i), served.get(i), out);
        }
    }

    /** A name as a JSON pointer segment (RFC 6901): paths such as /items/{id} contain slashes. */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
