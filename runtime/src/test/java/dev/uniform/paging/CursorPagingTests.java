package dev.uniform.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor paging over real rows of the test application's widgets: a nullable number, a nullable enum stored as text, a
 * unique text and a time, each sort walked both ways in pages of two against the listing in one page; and what a
 * caller can get wrong. Each test lists only its own widgets, through a code filter, so that the others' rows never
 * show.
 */
@QuarkusTest
class CursorPagingTests {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"");

    /** The widgets every sort walks, made once: each walk only reads them. */
    private static String walkedPrefix;

    private static Map<Long, Map<String, Object>> walked;

    private String prefix;

    @BeforeEach
    void ownPrefix() {
        prefix = "cur-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @ParameterizedTest(name = "sort={0}")
    @ValueSource(
            strings = {"code", "-code", "size", "-size", "colour,-size", "-colour,code", "size,colour", "-createdAt"})
    void shouldWalkEverySortBothWaysAsOnePageListsIt(String sort) {
        if (walked == null) {
            walked = someWidgets(13);
            walkedPrefix = prefix;
        }
        prefix = walkedPrefix;
        Map<Long, Map<String, Object>> widgets = walked;
        List<Long> whole = ids(list(Map.of("sort", sort, "size", "100")));
        assertThat(whole).containsExactlyInAnyOrderElementsOf(widgets.keySet());
        assertThat(whole).isSortedAccordingTo(byKeys(sort, widgets));

        List<JsonPath> forwards = walk(Map.of("sort", sort, "size", "2"), "next");
        List<Long> walked =
                forwards.stream().flatMap(page -> ids(page).stream()).toList();
        assertThat(walked).isEqualTo(whole);
        assertThat(forwards).hasSize(7);
        assertThat(forwards.get(6).getString("next")).isNull();
        assertThat(forwards.get(0).getString("previous")).isNull();

        List<JsonPath> backwards =
                walk(Map.of("cursor", forwards.get(6).getString("previous"), "size", "2"), "previous");
        List<Long> back = new ArrayList<>(whole.subList(0, 12));
        List<Long> walkedBack = new ArrayList<>();
        backwards.forEach(page -> walkedBack.addAll(0, ids(page)));
        assertThat(walkedBack).isEqualTo(back);
        assertThat(backwards.get(backwards.size() - 1).getString("previous")).isNull();
    }

    @Test
    void shouldSeeEveryRowPresentForTheWholeWalkExactlyOnceWhileOthersComeAndGo() throws Exception {
        Map<Long, Map<String, Object>> present = someWidgets(40);
        Set<Long> deleted = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean walking = new AtomicBoolean(true);
        List<Long> candidates = new ArrayList<>(present.keySet());
        Collections.shuffle(candidates);
        CompletableFuture<Integer> churn = CompletableFuture.supplyAsync(() -> {
            int changes = 0;
            while (walking.get() && changes < 200) {
                create(prefix + "n" + changes, ThreadLocalRandom.current().nextInt(1, 6), null);
                if (changes % 3 == 0 && changes / 3 < candidates.size() / 2) {
                    long victim = candidates.get(changes / 3);
                    deleted.add(victim);
                    given().header("If-Match", "*")
                            .delete("/widgets/" + victim)
                            .then()
                            .statusCode(204);
                }
                changes++;
            }
            return changes;
        });

        List<Long> seen = new ArrayList<>();
        for (JsonPath page : walk(Map.of("sort", "size,-code", "size", "3"), "next")) {
            seen.addAll(ids(page));
        }
        walking.set(false);
        assertThat(churn.get()).as("changes made during the walk").isPositive();

        assertThat(seen).doesNotHaveDuplicates();
        Set<Long> throughout = new HashSet<>(present.keySet());
        throughout.removeAll(deleted);
        assertThat(seen).containsAll(throughout);
    }

    @Test
    void shouldCountOnlyWhenAsked() {
        someWidgets(5);

        JsonPath uncounted = list(Map.of("size", "2"));
        JsonPath counted = list(Map.of("size", "2", "count", "true"));
        JsonPath byCursor = list(Map.of("size", "2", "count", "true", "cursor", uncounted.getString("next")));

        assertThat(uncounted.getMap("$"))
                .doesNotContainKeys("totalItems", "totalPages")
                .containsEntry("page", 0);
        assertThat(counted.getLong("totalItems")).isEqualTo(5);
        assertThat(counted.getInt("totalPages")).isEqualTo(3);
        assertThat(byCursor.getLong("totalItems")).isEqualTo(5);
        assertThat(byCursor.getMap("$")).doesNotContainKey("page");
    }

    @Test
    void shouldLinkTheNeighbouringPagesKeepingFiltersSortAndSize() {
        someWidgets(5);

        Response first = given().queryParams(Map.of("code", prefix, "sort", "-size", "size", "2"))
                .get("/widgets");
        Map<String, String> links = links(first.header("Link"));
        Response second = given().urlEncodingEnabled(false).get(links.get("next"));
        Map<String, String> secondLinks = links(second.header("Link"));

        assertThat(links).containsOnlyKeys("next", "first");
        assertThat(links.get("next"))
                .contains("code=" + prefix, "sort=-size", "size=2", "cursor=" + first.path("next"));
        assertThat(links.get("first")).doesNotContain("cursor=").contains("code=" + prefix);
        assertThat(second.jsonPath().getList("items.id", Long.class))
                .isEqualTo(ids(list(Map.of("sort", "-size", "size", "4"))).subList(2, 4));
        assertThat(secondLinks).containsOnlyKeys("next", "prev", "first");
        assertThat(given().urlEncodingEnabled(false)
                        .get(secondLinks.get("prev"))
                        .jsonPath()
                        .getList("items.id", Long.class))
                .isEqualTo(first.jsonPath().getList("items.id", Long.class));
    }

    @Test
    void shouldGoOnByCursorFromAPageAskedByIndex() {
        someWidgets(6);

        JsonPath second = list(Map.of("page", "1", "size", "2", "sort", "size"));
        JsonPath third = list(Map.of("cursor", second.getString("next"), "size", "2"));
        JsonPath backToFirst = list(Map.of("cursor", second.getString("previous"), "size", "2"));

        List<Long> whole = ids(list(Map.of("sort", "size")));
        assertThat(ids(third)).isEqualTo(whole.subList(4, 6));
        assertThat(ids(backToFirst)).isEqualTo(whole.subList(0, 2));
    }

    @Test
    void shouldRefuseAPageByIndexBeyondTheBoundPointingToTheCursor() {
        given().queryParam("page", 101)
                .queryParam("size", 100)
                .get("/widgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("page"))
                .body(
                        "violations[0].message",
                        equalTo("must be at most 100 for pages of 100 items (page × size at most 10000); deeper"
                                + " pages are reached by cursor: send a page's next as cursor"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "not a cursor!",
                "bm90IGpzb24",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"size\"],\"k\":[\"big\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"colour\"],\"k\":[\"PURPLE\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"code\"],\"k\":[\"x\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"code\"],\"k\":[\"x\",\"one\"]}",
                "{\"v\":1,\"d\":\"sideways\",\"s\":[\"code\"],\"k\":[\"x\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"code\"],\"k\":[null,\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"code\"],\"k\":[\"a\\u0000b\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"size\"],\"k\":[\"99999999999\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"-createdAt\"],\"k\":[\"+300000-01-01T00:00:00Z\",\"1\"]}",
                "{\"v\":1,\"d\":\"a\",\"s\":[\"code\"],\"k\":[\"x\",\"1\"],\"extra\":true}"
            })
    void shouldRefuseACursorItDidNotMakeNamingIt(String forged) {
        String cursor = forged.startsWith("{") ? encoded(forged) : forged;

        given().queryParam("cursor", cursor)
                .get("/widgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("cursor"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void shouldRefuseACursorOfASortItNoLongerOffersOrAnotherFormatAsStale() {
        for (String stale : List.of(
                "{\"v\":1,\"d\":\"a\",\"s\":[\"password\"],\"k\":[\"x\",\"1\"]}",
                "{\"v\":2,\"d\":\"a\",\"s\":[\"code\"],\"k\":[\"x\",\"1\"]}")) {
            given().queryParam("cursor", encoded(stale))
                    .get("/widgets")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("violations[0].field", equalTo("cursor"))
                    .body(
                            "violations[0].message",
                            equalTo("was made by an earlier version of this service; start again from the first page"));
        }
    }

    @Test
    void shouldRefuseACursorWithAnotherSortOrAPageIndex() {
        someWidgets(3);
        String next = list(Map.of("sort", "-size", "size", "1")).getString("next");

        given().queryParam("cursor", next)
                .queryParam("sort", "size")
                .get("/widgets")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"))
                .body(
                        "violations[0].message",
                        equalTo("must be the sort the cursor was made for (-size), or left out"));
        given().queryParam("cursor", next)
                .queryParam("page", 2)
                .get("/widgets")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("cursor", next)
                .queryParam("sort", "-size")
                .queryParam("code", prefix)
                .get("/widgets")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("page")));
    }

    /** Widgets of this test, with sizes 1 to 4 repeating, some null, and colours in turn, some null. */
    private Map<Long, Map<String, Object>> someWidgets(int count) {
        Map<Long, Map<String, Object>> widgets = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Integer size = i % 5 == 4 ? null : 1 + i % 4;
            String colour = i % 3 == 2 ? null : i % 3 == 0 ? "RED" : "BLUE";
            String code = prefix + String.format("%02d", (i * 7) % count);
            long id = create(code, size, colour);
            Map<String, Object> widget = new HashMap<>();
            widget.put("code", code);
            widget.put("size", size);
            widget.put("colour", colour);
            widget.put("id", id);
            widgets.put(id, widget);
        }
        return widgets;
    }

    private static long create(String code, Integer size, String colour) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("size", size);
        body.put("colour", colour);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/widgets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private JsonPath list(Map<String, String> query) {
        Map<String, String> withPrefix = new HashMap<>(query);
        withPrefix.put("code", prefix);
        return given().queryParams(withPrefix)
                .get("/widgets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Pages from the first the query gives, following {@code direction} until a page has none. */
    private List<JsonPath> walk(Map<String, String> query, String direction) {
        List<JsonPath> pages = new ArrayList<>();
        JsonPath page = list(query);
        pages.add(page);
        while (page.getString(direction) != null && pages.size() < 1000) {
            Map<String, String> following = new HashMap<>();
            following.put("cursor", page.getString(direction));
            following.put("size", query.get("size"));
            page = list(following);
            pages.add(page);
        }
        return pages;
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    /**
     * The order PostgreSQL gives the sort's keys (nulls last ascending, first descending; enums by name), ties left
     * unordered.
     */
    private static Comparator<Long> byKeys(String sort, Map<Long, Map<String, Object>> widgets) {
        Comparator<Long> order = (a, b) -> 0;
        for (String term : sort.split(",")) {
            boolean descending = term.startsWith("-");
            String field = descending ? term.substring(1) : term;
            if (field.equals("createdAt")) {
                // Created one after the other: identifiers grow with creation time.
                Comparator<Long> byCreation = Comparator.naturalOrder();
                order = order.thenComparing(descending ? byCreation.reversed() : byCreation);
                continue;
            }
            Comparator<Comparable<Object>> values = Comparator.nullsLast(Comparator.naturalOrder());
            Comparator<Long> byField = Comparator.comparing(
                    id -> key(widgets.get(id).get(field)), descending ? values.reversed() : values);
            order = order.thenComparing(byField);
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> key(Object value) {
        return (Comparable<Object>) value;
    }

    private static Map<String, String> links(String header) {
        Map<String, String> links = new HashMap<>();
        Matcher matcher = LINK.matcher(header == null ? "" : header);
        while (matcher.find()) {
            links.put(matcher.group(2), matcher.group(1));
        }
        return links;
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
