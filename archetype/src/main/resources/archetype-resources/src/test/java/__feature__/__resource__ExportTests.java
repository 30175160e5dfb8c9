#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** The export: every ${label}, in order, across more chunks than one, as NDJSON or as server-sent events. */
@QuarkusTest
class ${resource}ExportTests {

    private static final String NDJSON = "application/x-ndjson";
    private static final String SSE = "text/event-stream";
    /** Jackson, not JsonPath, for the thousands of lines: a JsonPath lookup costs milliseconds. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void shouldStreamEveryOneInIdentifierOrderAcrossChunks() throws Throwable {
        String prefix = uniquePrefix();
        int inserted = 1_234; // more than two chunks
        insert(prefix, inserted);
        long total = given().get("/${resourcePath}/statistics").jsonPath().getLong("total");

        String export = given().accept(NDJSON)
                .when()
                .get("/${resourcePath}/export")
                .then()
                .statusCode(200)
                .contentType(NDJSON)
                .extract()
                .asString();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize((int) total);
        assertThat(lines).extracting(line -> line.get("id").asLong()).isSorted().doesNotHaveDuplicates();
        List<JsonNode> ours = lines.stream()
                .filter(line -> line.get("code").asText().startsWith(prefix + "-"))
                .toList();
        assertThat(ours).hasSize(inserted);
        assertThat(ours.get(0).get("name").asText()).isEqualTo("Exported 1");
        assertThat(ours.get(inserted - 1).get("name").asText()).isEqualTo("Exported " + inserted);
        assertThat(ours)
                .allSatisfy(line -> assertThat(line.get("status").asText()).isEqualTo("ACTIVE"));
    }

    @Test
    void shouldStreamServerSentEventsWhenAsked() throws Throwable {
        String prefix = uniquePrefix();
        int inserted = 600; // more than one chunk
        insert(prefix, inserted);

        String events = given().accept(SSE)
                .when()
                .get("/${resourcePath}/export")
                .then()
                .statusCode(200)
                .contentType(startsWith(SSE))
                .extract()
                .asString();

        List<JsonNode> ours = new ArrayList<>();
        for (String line : events.lines().filter(line -> line.startsWith("data:")).toList()) {
            JsonNode data = JSON.readTree(line.substring("data:".length()));
            if (data.get("code").asText().startsWith(prefix + "-")) {
                ours.add(data);
            }
        }
        assertThat(ours).hasSize(inserted);
        assertThat(ours).extracting(data -> data.get("id").asLong()).isSorted();
        assertThat(ours.get(inserted - 1).get("name").asText()).isEqualTo("Exported " + inserted);
    }

    /** Many rows in one statement: creating them one request at a time would be the slow part of this test. */
    private void insert(String prefix, int count) throws Throwable {
        String sql = "insert into ${table} (id, code, name, price, status, created_at, updated_at, version)"
                + " select nextval('${table}_seq'), :prefix || '-' || n, 'Exported ' || n, 1.00 + n, 'ACTIVE',"
                + " now(), now(), 0 from generate_series(1, :count) as n";
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session.createNativeQuery(sql)
                .setParameter("prefix", prefix)
                .setParameter("count", count)
                .executeUpdate()));
    }
}
