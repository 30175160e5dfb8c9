#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
#parse( "/archetype-resources/references-imports.vm" )
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
#end
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
        int inserted = 25; // more than two chunks of %test.${resourcePath}.export.chunk-size
        insert(inserted);

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
        assertThat(lines).hasSize(inserted);
        assertThat(lines).extracting(line -> line.get("id").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("version")).isTrue());
    }

    @Test
    void shouldStreamServerSentEventsWhenAsked() throws Throwable {
        int inserted = 15; // more than one chunk
        insert(inserted);

        String events = given().accept(SSE)
                .when()
                .get("/${resourcePath}/export")
                .then()
                .statusCode(200)
                .contentType(startsWith(SSE))
                .extract()
                .asString();

        List<JsonNode> items = new ArrayList<>();
        for (String line : events.lines().filter(line -> line.startsWith("data:")).toList()) {
            items.add(JSON.readTree(line.substring("data:".length())));
        }
        assertThat(items).hasSize(inserted);
        assertThat(items).extracting(data -> data.get("id").asLong()).isSorted().doesNotHaveDuplicates();
    }

    /**
     * Exactly {@code count} ${labels}, inserted in one statement: creating them one request at a time would be the slow
     * part of this test.
     */
    private void insert(int count) throws Throwable {
        ${resource}Fixtures.deleteAll(sessions);
#set( $columns = "" )
#set( $values = "" )
#foreach( $field in $fieldList )
#set( $columns = "${columns}${field.column}, " )
#set( $values = "${values}${field.sqlValue}, " )
#end
#foreach( $field in $referenceFields )
#if( !$field.self )
        long ${field.name} = ${field.ref}References.create();
#end
#end
        String sql = "insert into ${table} (id, ${columns}created_at, updated_at, version)"
                + " select nextval('${table}_seq'), ${values}now(), now(), 0"
                + " from generate_series(1, :count) as n";
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session.createNativeQuery(sql)
                .setParameter("count", count)
#foreach( $field in $referenceFields )
#if( !$field.self )
                .setParameter("${field.name}", ${field.name})
#end
#end
                .executeUpdate()));
    }
#set( $hasSessions = true )
#parse( "/archetype-resources/cleanup.vm" )
}
