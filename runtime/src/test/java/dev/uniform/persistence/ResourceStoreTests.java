package dev.uniform.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The life of a resource as every service lives it, through the test application's widgets: created with its location
 * and version, read by id in one statement, changed and deleted only in the version the caller has seen (also when
 * many try at once), exported in order across chunks, and refused writes named by field.
 */
@QuarkusTest
class ResourceStoreTests {

    private static final String ONE = "/widgets/{id}";
    private static final AtomicInteger CODES = new AtomicInteger();

    @Test
    void shouldCreateAndPointToTheNewOneWithItsVersion() {
        String code = uniqueCode();

        Response created = create(Map.of("code", code, "size", 3, "colour", "RED"));

        long id = created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("size", equalTo(3))
                .body("colour", equalTo("RED"))
                .body("makerId", nullValue())
                .body("version", equalTo(0))
                .extract()
                .jsonPath()
                .getLong("id");
        assertThat(created.header("Location")).endsWith("/widgets/" + id);
        given().get(ONE, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .header("Cache-Control", "no-store")
                .body("id", equalTo((int) id))
                .body("code", equalTo(code))
                .body("createdAt", equalTo(created.jsonPath().getString("createdAt")))
                .body("updatedAt", equalTo(created.jsonPath().getString("updatedAt")));
    }

    @Test
    void shouldReplayTheFirstResponseToARetryWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("code", uniqueCode());

        Response first = createWith(key, body);
        Response retry = createWith(key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        createWith(key, Map.of("code", uniqueCode()))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:uniform:problem:idempotency-key-reused"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownIdOnEveryOperation() {
        long unknown = Long.MAX_VALUE - 1;
        String detail = "Widget " + unknown + " does not exist.";

        given().get(ONE, unknown)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo(detail));
        replace(unknown, "\"0\"", Map.of("code", uniqueCode()))
                .then()
                .statusCode(404)
                .body("detail", equalTo(detail));
        delete(unknown, "*").then().statusCode(404).body("detail", equalTo(detail));
    }

    @Test
    void shouldChangeOnlyTheVersionTheCallerHasSeen() {
        long id = createdId(Map.of("code", uniqueCode(), "size", 1));
        String code = uniqueCode();

        replace(id, "\"0\"", Map.of("code", code, "size", 2))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("size", equalTo(2));
        replace(id, "\"0\"", Map.of("code", uniqueCode(), "size", 9))
                .then()
                .statusCode(412)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:precondition-failed"))
                .body(
                        "detail",
                        equalTo("Widget " + id + " has changed since you read it: its ETag is now \"1\". Read"
                                + " it again, then repeat the change if it still applies."));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", uniqueCode()))
                .put(ONE, id)
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:uniform:problem:precondition-required"));
        given().get(ONE, id)
                .then()
                .body("code", equalTo(code))
                .body("size", equalTo(2))
                .body("version", equalTo(1));
    }

    @Test
    void shouldLetExactlyOneOfEightChangesOfOneVersionWin() throws Exception {
        long id = createdId(Map.of("code", uniqueCode()));

        List<Integer> statuses = atOnce(
                8,
                attempt -> replace(id, "\"0\"", Map.of("code", uniqueCode(), "size", attempt + 1))
                        .statusCode());

        assertThat(statuses)
                .containsOnly(200, 412)
                .filteredOn(status -> status == 200)
                .hasSize(1);
        given().get(ONE, id).then().body("version", equalTo(1));
    }

    @Test
    void shouldLetExactlyOneOfEightDeletesOfOneVersionWin() throws Exception {
        long id = createdId(Map.of("code", uniqueCode()));

        List<Integer> statuses = atOnce(8, attempt -> delete(id, "\"0\"").statusCode());

        assertThat(statuses).filteredOn(status -> status == 204).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 204).isSubsetOf(404, 412);
        given().get(ONE, id).then().statusCode(404);
    }

    @Test
    void shouldDeleteEightDifferentOnesAtOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(createdId(Map.of("code", uniqueCode())));
        }

        List<Integer> statuses =
                atOnce(8, attempt -> delete(ids.get(attempt), "*").statusCode());

        assertThat(statuses).containsOnly(204);
        ids.forEach(id -> given().get(ONE, id).then().statusCode(404));
    }

    @Test
    void shouldNameTheFieldWhoseUniqueValueIsTakenOnCreateAndChange() {
        String taken = uniqueCode();
        createdId(Map.of("code", taken));
        long other = createdId(Map.of("code", uniqueCode()));
        String detail = "Another widget already has this code; code must be unique.";

        create(Map.of("code", taken)).then().statusCode(409).body("detail", equalTo(detail));
        replace(other, "*", Map.of("code", taken)).then().statusCode(409).body("detail", equalTo(detail));
        given().get(ONE, other).then().body("version", equalTo(0));
    }

    @Test
    void shouldNameTheFieldThatRefersToNothingOnCreateAndChange() {
        long widget = createdId(Map.of("code", uniqueCode()));
        // The field is named after what the widget is to the gadget: the label comes from the table its key refers to.
        String detail = "No gadget has the identifier in makerId. Create the gadget first, or send the identifier of"
                + " one that exists.";

        create(Map.of("code", uniqueCode(), "makerId", 999_999_999))
                .then()
                .statusCode(422)
                .body("type", equalTo("urn:uniform:problem:reference-not-found"))
                .body("detail", equalTo(detail))
                .body("violations[0].field", equalTo("makerId"))
                .body("violations[0].message", equalTo("must be the identifier of an existing gadget"));
        replace(widget, "*", Map.of("code", uniqueCode(), "makerId", 999_999_999))
                .then()
                .statusCode(422)
                .body("detail", equalTo(detail));
    }

    @Test
    void shouldExportEveryOneInIdentifierOrderAcrossChunks() {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(createdId(Map.of("code", uniqueCode())));
        }

        List<Long> lines = given().accept("application/x-ndjson")
                .get("/widgets/export")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .map(line -> io.restassured.path.json.JsonPath.from(line).getLong("id"))
                .toList();
        String events = given().accept("text/event-stream")
                .get("/widgets/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(lines).containsSubsequence(made).isSorted().doesNotHaveDuplicates();
        made.forEach(id -> assertThat(events).contains("\"id\":" + id + ","));
    }

    /** Runs {@code attempts} requests that start together, as concurrent callers do. */
    private static List<Integer> atOnce(int attempts, java.util.function.IntFunction<Integer> request)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(attempts);
        ExecutorService callers = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int attempt = 0; attempt < attempts; attempt++) {
                int each = attempt;
                calls.add(() -> {
                    start.await();
                    return request.apply(each);
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : callers.invokeAll(calls)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            callers.shutdownNow();
        }
    }

    private static long createdId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/widgets");
    }

    private static Response createWith(String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/widgets");
    }

    private static Response replace(long id, String ifMatch, Map<String, Object> body) {
        return given().header("If-Match", ifMatch)
                .contentType(ContentType.JSON)
                .body(body)
                .put(ONE, id);
    }

    private static Response delete(long id, String ifMatch) {
        return given().header("If-Match", ifMatch).delete(ONE, id);
    }

    private static String uniqueCode() {
        return "W-" + UUID.randomUUID().toString().substring(0, 8) + "-" + CODES.incrementAndGet();
    }
}
