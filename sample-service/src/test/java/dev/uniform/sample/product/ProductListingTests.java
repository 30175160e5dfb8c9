package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.create;
import static dev.uniform.sample.product.ProductFixtures.validWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listings of products filtered by each field and sorted by each field. Every test starts from an empty table, so that
 * it knows every product a listing may show.
 */
@QuarkusTest
class ProductListingTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @BeforeEach
    void startEmpty() throws Throwable {
        ProductFixtures.deleteAll(sessions);
    }

    /** Per field: a low and a high value, the filter that finds the low one alone, and the one for the high one. */
    static Stream<Arguments> filters() {
        return Stream.of(
                arguments(
                        "code",
                        "Axample code",
                        "Bxample code",
                        Map.of("code", "AXAMPLE CODE"),
                        Map.of("code", "BXAMPLE CODE")),
                arguments(
                        "name",
                        "Axample name",
                        "Bxample name",
                        Map.of("name", "AXAMPLE NAME"),
                        Map.of("name", "BXAMPLE NAME")),
                arguments(
                        "price",
                        new BigDecimal("0"),
                        new BigDecimal("9999999999.99"),
                        Map.of("maxPrice", "0"),
                        Map.of("minPrice", "9999999999.99")),
                arguments("status", "ACTIVE", "DRAFT", Map.of("status", "ACTIVE"), Map.of("status", "DRAFT")));
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

    /** Per sortable field: a value that sorts first and one that sorts last. */
    static Stream<Arguments> sorts() {
        return Stream.of(
                arguments("code", "Axample code", "Bxample code"),
                arguments("name", "Axample name", "Bxample name"),
                arguments("price", new BigDecimal("0"), new BigDecimal("9999999999.99")),
                arguments("status", "ACTIVE", "DRAFT"));
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

    /** Each sort reads its rows in order from an index, whatever the table holds: no sort step in the plan. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"code", "name", "price", "status", "created_at", "updated_at"})
    void shouldSortThroughAnIndex(String column) throws Throwable {
        assertThat(planOf("select id from products order by " + column + " limit 21"))
                .noneMatch(step -> step.contains("Sort"));
    }

    /** Each contains filter finds its rows through an index, without reading the whole table. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"code", "name"})
    void shouldFindContainedTextThroughAnIndex(String column) throws Throwable {
        assertThat(planOf("select id from products where lower(" + column + ") like '%abc%'"))
                .noneMatch(step -> step.contains("Seq Scan"));
    }

    @Test
    void shouldListByCodeWhenNoOrderIsGiven() {
        long last = create(validWith("code", "Bxample code"));
        long first = create(validWith("code", "Axample code"));

        assertThat(ids(Map.of())).containsExactly(first, last);
    }

    @Test
    void shouldRefuseAnInvertedPriceRange() {
        given().queryParam("minPrice", String.valueOf(new BigDecimal("9999999999.99")))
                .queryParam("maxPrice", String.valueOf(new BigDecimal("0")))
                .when()
                .get("/products")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("minPrice"));
    }

    /** PostgreSQL's plan for a query, where reading the whole table or sorting it is a last resort. */
    private List<String> planOf(String query) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() ->
                sessions.withTransaction(session -> session.createNativeQuery("set local enable_seqscan = off")
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("set local enable_sort = off")
                                .executeUpdate())
                        .chain(() -> session.createNativeQuery("explain " + query, String.class)
                                .getResultList())));
    }

    private static JsonPath page(Map<String, String> query) {
        return given().queryParams(query)
                .when()
                .get("/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Long> ids(Map<String, String> query) {
        return page(query).getList("items.id", Long.class);
    }
}
