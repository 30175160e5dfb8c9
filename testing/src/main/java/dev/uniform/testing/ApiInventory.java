package dev.uniform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the API a service serves recorded in {@code api/openapi.json}, the document its clients are generated from and
 * its reviewers read. The served document is recorded, never written by hand: when the service has none yet, and when
 * the served API differs only in ways that do not break a client written against the recorded one (an operation, an
 * optional parameter or a response property added, input limits loosened, documentation reworded). A breaking
 * difference (anything removed or renamed, input refused that was accepted) fails the test, naming each one, until
 * {@code ./mvnw verify -Dapi.accept} records it. Either way the change shows in review as a change to that file: the
 * service's CI checks that the build left it as committed.
 */
public final class ApiInventory {

    /** Where a service commits its API. */
    public static final Path COMMITTED = Path.of("api", "openapi.json");

    /** Where the served document is written, for a diff tool when the two differ. */
    public static final Path SERVED = Path.of("target", "openapi-served.json");

    /** The system property that records the served API as the committed one, breaking changes included. */
    public static final String ACCEPT = "api.accept";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int CHANGES_SHOWN = 30;

    private ApiInventory() {}

    /**
     * Records {@code servedJson} in {@code api/openapi.json} when the service has no recorded API yet or the served one
     * changes it compatibly, and fails, naming each breaking change by its JSON pointer, when it would break clients
     * of the recorded one; with {@code -Dapi.accept}, records it whatever it changes.
     *
     * @param servedJson the OpenAPI document as the service under test serves it, from {@code /q/openapi?format=json}
     * @throws IOException when {@code servedJson} is not JSON, or the recorded file or the served copy cannot be read
     *     or written
     */
    public static void assertServedIsCommitted(String servedJson) throws IOException {
        String report = record(servedJson, COMMITTED, SERVED, System.getProperty(ACCEPT) != null);
        if (!report.isEmpty()) {
            System.out.println(report);
        }
    }

    /**
     * Records the served document where it is new or compatible, or {@code accept}ed.
     *
     * @return what was recorded, for the build log; empty when nothing changed
     * @throws AssertionError when the served API breaks the recorded one and is not accepted
     */
    static String record(String servedJson, Path committed, Path servedCopy, boolean accept) throws IOException {
        JsonNode served = JSON.readTree(servedJson);
        String servedText = JSON.writeValueAsString(served) + "\n";
        write(servedCopy, servedText);
        if (!Files.exists(committed)) {
            write(committed, servedText);
            return "Recorded the served API in %s, the first record of it: commit the file.".formatted(committed);
        }
        JsonNode recorded = JSON.readTree(committed.toFile());
        if (recorded.equals(served)) {
            return "";
        }
        List<ApiChanges.Change> changes = ApiChanges.between(recorded, served);
        List<ApiChanges.Change> breaking =
                changes.stream().filter(ApiChanges.Change::breaking).toList();
        if (!breaking.isEmpty() && !accept) {
            throw new AssertionError(("The served API (%s) breaks the one recorded in %s, where clients of it would"
                            + " fail:%n%s%nIf that is intended, record it with ./mvnw verify -D%s, commit the file,"
                            + " and tell the API's clients.%s")
                    .formatted(servedCopy, committed, listed(breaking), ACCEPT, alsoCompatible(changes, breaking)));
        }
        write(committed, servedText);
        return "Recorded %d %s of the served API in %s: commit the file.%n%s"
                .formatted(
                        changes.size(),
                        breaking.isEmpty() ? "compatible changes" : "changes, breaking ones accepted,",
                        committed,
                        listed(changes));
    }

    private static String alsoCompatible(List<ApiChanges.Change> changes, List<ApiChanges.Change> breaking) {
        int compatible = changes.size() - breaking.size();
        return compatible == 0 ? "" : "%nIt also changes it compatibly in %d places.".formatted(compatible);
    }

    private static String listed(List<ApiChanges.Change> changes) {
        StringBuilder list = new StringBuilder();
        changes.stream()
                .limit(CHANGES_SHOWN)
                .forEach(change -> list.append("  ")
                        .append(change)
                        .append(change.breaking() ? " (breaking)" : "")
                        .append(System.lineSeparator()));
        if (changes.size() > CHANGES_SHOWN) {
            list.append("  and ")
                    .append(changes.size() - CHANGES_SHOWN)
                    .append(" more")
                    .append(System.lineSeparator());
        }
        return list.toString().stripTrailing();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
