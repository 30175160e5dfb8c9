package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served API against the committed one: the differences named by JSON pointer, and recorded on request. */
class ApiInventoryTests {

    private static final String COMMITTED =
            "{\"paths\":{\"/things/{id}\":{\"get\":{\"operationId\":\"getThing\",\"tags\":[\"Things\"]}}}}";

    @TempDir
    Path folder;

    @Test
    void shouldPassWhenTheServedApiIsTheCommittedOne() throws Exception {
        Path committed = write(COMMITTED);

        assertThatCode(() -> ApiInventory.assertServedIsCommitted(COMMITTED, committed, served(), false))
                .doesNotThrowAnyException();
        assertThat(served()).exists();
    }

    @Test
    void shouldNameEachDifferenceByItsJsonPointer() throws Exception {
        Path committed = write(COMMITTED);
        String changed =
                "{\"paths\":{\"/things/{id}\":{\"get\":{\"operationId\":\"readThing\",\"tags\":[\"Things\",\"x\"]},"
                        + "\"delete\":{}}}}";

        assertThatThrownBy(() -> ApiInventory.assertServedIsCommitted(changed, committed, served(), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/paths/~1things~1{id}/get/operationId\n")
                .hasMessageContaining("/paths/~1things~1{id}/get/tags (1 items committed, 2 served)")
                .hasMessageContaining("/paths/~1things~1{id}/delete (new)")
                .hasMessageContaining("-Dapi.accept");
    }

    @Test
    void shouldSayHowToCreateAMissingCommittedApi() {
        assertThatThrownBy(() -> ApiInventory.assertServedIsCommitted(
                        COMMITTED, folder.resolve("api/openapi.json"), served(), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No committed API")
                .hasMessageContaining("./mvnw verify -Dapi.accept creates it");
    }

    @Test
    void shouldRecordTheServedApiWhenAccepted() throws Exception {
        Path committed = folder.resolve("api/openapi.json");
        String served = "{\"paths\":{}}";

        ApiInventory.assertServedIsCommitted(served, committed, served(), true);

        assertThat(new ObjectMapper().readTree(committed.toFile())).isEqualTo(new ObjectMapper().readTree(served));
    }

    private Path write(String json) throws Exception {
        Path committed = folder.resolve("api/openapi.json");
        Files.createDirectories(committed.getParent());
        Files.writeString(committed, json);
        return committed;
    }

    private Path served() {
        return folder.resolve("target/openapi-served.json");
    }
}
