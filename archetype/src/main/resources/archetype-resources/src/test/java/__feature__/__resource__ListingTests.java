#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.validWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.uniform.problem.Problem;
#parse( "/archetype-resources/references-imports.vm" )
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
#end
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listings of ${labels} filtered by each field and sorted by each field. Every test starts from an empty table, so that
 * it knows every ${label} a listing may show.
 */
@QuarkusTest
class ${resource}ListingTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @BeforeEach
    void startEmpty() throws Throwable {
        ${resource}Fixtures.deleteAll(sessions);
    }
#set( $contrasted = [] )
#foreach( $field in $fieldList )#if( $field.contrast )#set( $added = $contrasted.add($field) )#end#end
#if( !$contrasted.isEmpty() )

    /** Per field: a low and a high value, the filter that finds the low one alone, and the one for the high one. */
    static Stream<Arguments> filters() {
        return Stream.of(
#foreach( $field in $contrasted )
                arguments("${field.name}", ${field.javaLow}, ${field.javaHigh}, Map.of(${field.lowQuery}), Map.of(${field.highQuery}))#if( $foreach.hasNext ),#end

#end
                );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void shouldFilterByEachField(
            String field, Object low, Object high, Map<String, String> onlyLow, Map<String, String> onlyHigh) {
        long lowId = create(validWith(field, low));
        long highId = create(validWith(field, high));

        assertThat(ids(onlyLow)).as("%s", onlyLow).containsExactly(lowId);
        assertThat(ids(onlyHigh)).as("%s", onlyHigh).containsExactly(highId);
    }
#end
#set( $sorted = [] )
#foreach( $field in $sortableFields )#if( $field.contrast )#set( $added = $sorted.add($field) )#end#end
#if( !$sorted.isEmpty() )

    /** Per sortable field: a value that sorts first and one that sorts last. */
    static Stream<Arguments> sorts() {
        return Stream.of(
#foreach( $field in $sorted )
                arguments("${field.name}", ${field.javaLow}, ${field.javaHigh})#if( $foreach.hasNext ),#end

#end
                );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void shouldSortByEachField(String field, Object low, Object high) {
        long highId = create(validWith(field, high));
        long lowId = create(validWith(field, low));

        assertThat(ids(Map.of("sort", field))).containsExactly(lowId, highId);
        assertThat(ids(Map.of("sort", "-" + field))).containsExactly(highId, lowId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sorts")
    void shouldPageByCursorInEachSort(String field, Object low, Object high) {
        long highId = create(validWith(field, high));
        long lowId = create(validWith(field, low));

        JsonPath first = page(Map.of("sort", "-" + field, "size", "1"));
        JsonPath second = page(Map.of("cursor", first.getString("next"), "size", "1"));
        JsonPath back = page(Map.of("cursor", second.getString("previous"), "size", "1"));

        assertThat(first.getList("items.id", Long.class)).containsExactly(highId);
        assertThat(second.getList("items.id", Long.class)).containsExactly(lowId);
        assertThat(second.getString("next")).isNull();
        assertThat(back.getList("items.id", Long.class)).containsExactly(highId);
    }
#end

    /** Each sort reads its rows in order from an index, whatever the table holds: no sort step in the plan. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {#foreach( $field in $sortableFields )#if( $field.unique || $indexedSorts.contains($field) )"${field.column}", #end#end"created_at", "updated_at"})
    void shouldSortThroughAnIndex(String column) throws Throwable {
        assertThat(planOf("select id from ${table} order by " + column + " limit 21")).noneMatch(step -> step.contains("Sort"));
    }
#if( !$textFields.isEmpty() )

    /** Each contains filter finds its rows through an index, without reading the whole table. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {#foreach( $field in $textFields )"${field.column}"#if( $foreach.hasNext ), #end#end})
    void shouldFindContainedTextThroughAnIndex(String column) throws Throwable {
        assertThat(planOf("select id from ${table} where lower(" + column + ") like '%abc%'"))
                .noneMatch(step -> step.contains("Seq Scan"));
    }
#end

#foreach( $field in $referenceFields )
    @Test
    void shouldListOnlyThoseThatReferToOne${field.ref}By${field.Name}() {
        long ${field.refVar} = ${field.javaMake};
        long referring = create(validWith("${field.name}", ${field.refVar}));
        create(validWith("${field.name}", ${field.javaMake}));

        assertThat(ids(Map.of("${field.name}", String.valueOf(${field.refVar})))).containsExactly(referring);
    }

#end
#set( $defaultField = "" )
#foreach( $field in $sorted )#if( $field.name == $defaultSort )#set( $defaultField = $field )#end#end
#set( $DefaultSort = "${defaultSort.substring(0,1).toUpperCase()}${defaultSort.substring(1)}" )
    @Test
    void shouldListBy${DefaultSort}WhenNoOrderIsGiven() {
#if( $defaultField != "" )
        long last = create(validWith("${defaultField.name}", ${defaultField.javaHigh}));
        long first = create(validWith("${defaultField.name}", ${defaultField.javaLow}));
#else
        long first = create();
        long last = create();
#end

        assertThat(ids(Map.of())).containsExactly(first, last);
    }
#foreach( $field in $fieldList )
#if( $field.kind == "number" || $field.kind == "time" )

    @Test
    void shouldRefuseAnInverted${field.Name}Range() {
        given().queryParam("min${field.Name}", String.valueOf(${field.javaHigh}))
                .queryParam("max${field.Name}", String.valueOf(${field.javaLow}))
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("min${field.Name}"));
    }
#break
#end
#end

    /** PostgreSQL's plan for a query, where reading the whole table or sorting it is a last resort. */
    private List<String> planOf(String query) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session.createNativeQuery("set local enable_seqscan = off")
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("set local enable_sort = off").executeUpdate())
                        .chain(() -> session.createNativeQuery("explain " + query, String.class).getResultList())));
    }

    private static JsonPath page(Map<String, String> query) {
        return given().queryParams(query)
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Long> ids(Map<String, String> query) {
        return page(query).getList("items.id", Long.class);
    }
#set( $hasSessions = true )
#parse( "/archetype-resources/cleanup.vm" )
}
