package dev.uniform.sample;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The API as the code serves it is the API committed in {@code api/openapi.json}: a change to it shows up in review as
 * a change to that file, and never slips out unnoticed. After an intended change, {@code ./mvnw verify
 * -Dapi.accept} rewrites the file.
 */
@QuarkusTest
class ApiInventoryTests {

    private static final Path COMMITTED = Path.of("api", "openapi.json");
    private static final Path SERVED = Path.of("target", "openapi-served.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int DIFFERENCES_SHOWN = 20;

    @Test
    void shouldServeTheCommittedApi() throws IOException {
        JsonNode served = JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Files.writeString(SERVED, JSON.writeValueAsString(served) + "\n");
        if (System.getProperty("api.accept") != null) {
            Files.createDirectories(COMMITTED.getParent());
            Files.copy(SERVED, COMMITTED, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(COMMITTED)
                .as("the committed API; ./mvnw verify -Dapi.accept creates it")
                .exists();
        List<String> differences = new ArrayList<>();
        collectDifferences("", JSON.readTree(COMMITTED.toFile()), served, differences);
        assertThat(differences)
                .as(
                        "the served API (%s) differs from %s at these JSON pointers; if intended, run ./mvnw verify"
                                + " -Dapi.accept and commit the file",
                        SERVED, COMMITTED)
                .isEmpty();
    }

    /** The JSON pointers where the two documents differ, up to a screenful. */
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
