package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served API recorded where it is new or compatible, refused where it breaks the recorded one unless accepted. */
class ApiInventoryTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDED = "{\"paths\":{\"/things/{id}\":{\"get\":{\"operationId\":\"getThing\","
            + "\"tags\":[\"Things\"],\"summary\":\"Get a thing\"}}}}";

    @TempDir
    Path folder;

    @Test
    void shouldRecordNothingWhenTheServedApiIsTheRecordedOne() throws Exception {
        Path recorded = write(RECORDED);

        String report = ApiInventory.record(RECORDED, recorded, served(), false);

        assertThat(report).isEmpty();
        assertThat(Files.readString(recorded)).isEqualTo(RECORDED);
        assertThat(served()).exists();
    }

    @Test
    void shouldRecordTheFirstServedApi() throws Exception {
        Path recorded = folder.resolve("api/openapi.json");

        String report = ApiInventory.record(RECORDED, recorded, served(), false);

        assertThat(report).contains("the first record of it: commit the file");
        assertThat(JSON.readTree(recorded.toFile())).isEqualTo(JSON.readTree(RECORDED));
    }

    @Test
    void shouldRecordACompatibleChangeAndNameIt() throws Exception {
        Path recorded = write(RECORDED);
        String served = RECORDED.replace("}}}}", "},\"delete\":{}}}}").replace("Get a thing", "Read a thing");

        String report = ApiInventory.record(served, recorded, served(), false);

        assertThat(report)
                .contains("Recorded 2 compatible changes")
                .contains("/paths/~1things~1{id}/get/summary: documentation changed")
                .contains("/paths/~1things~1{id}/delete: DELETE /things/{id} is new")
                .doesNotContain("(breaking)");
        assertThat(JSON.readTree(recorded.toFile())).isEqualTo(JSON.readTree(served));
    }

    @Test
    void shouldRefuseABreakingChangeNamingItAndKeepTheRecord() throws Exception {
        Path recorded = write(RECORDED);
        String served = RECORDED.replace("getThing", "readThing").replace("Get a thing", "Read a thing");

        assertThatThrownBy(() -> ApiInventory.record(served, recorded, served(), false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks the one recorded in")
                .hasMessageContaining("/paths/~1things~1{id}/get/operationId: operationId changed")
                .hasMessageContaining("(breaking)")
                .hasMessageContaining("./mvnw verify -Dapi.accept")
                .hasMessageContaining("compatibly in 1 places");
        assertThat(Files.readString(recorded)).isEqualTo(RECORDED);
    }

    @Test
    void shouldRecordABreakingChangeWhenAccepted() throws Exception {
        Path recorded = write(RECORDED);
        String served = "{\"paths\":{}}";

        String report = ApiInventory.record(served, recorded, served(), true);

        assertThat(report).contains("breaking ones accepted").contains("GET /things/{id} is gone (breaking)");
        assertThat(JSON.readTree(recorded.toFile())).isEqualTo(JSON.readTree(served));
    }

    private Path write(String json) throws Exception {
        Path recorded = folder.resolve("api/openapi.json");
        Files.createDirectories(recorded.getParent());
        Files.writeString(recorded, json);
        return recorded;
    }

    private Path served() {
        return folder.resolve("target/openapi-served.json");
    }
}
