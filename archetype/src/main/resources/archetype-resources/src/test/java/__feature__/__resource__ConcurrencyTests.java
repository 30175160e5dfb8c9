#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.etag;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
#end
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency over HTTP: every read carries an ETag, and no change overwrites one it has not seen. */
@QuarkusTest
class ${resource}ConcurrencyTests {

    private static final String PATH = "/${resourcePath}/{id}";

    @Test
    void shouldTagEveryRepresentationWithItsVersion() {
        String location = asEditor().contentType(ContentType.JSON)
                .body(${resource}Fixtures.valid())
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .extract()
                .header("Location");

        given().when().get(location).then().statusCode(200).header("ETag", "\"0\"");
        asEditor().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(${resource}Fixtures.patch())
                .when()
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @Test
    void shouldRequireIfMatchForEveryChange() {
        long id = create();

        asEditor().contentType(ContentType.JSON).body(${resource}Fixtures.patch()).when().patch(PATH, id).then()
                .statusCode(428)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:precondition-required"))
                .body("detail", startsWith("Send If-Match with the ETag you last read"));
        asEditor().when().delete(PATH, id).then().statusCode(428).contentType(Problem.MEDIA_TYPE);

        given().when().get(PATH, id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAChangeBasedOnAStaleVersion() {
        long id = create();
        String stale = etag(id);
        asEditor().header("If-Match", stale).contentType(ContentType.JSON).body(${resource}Fixtures.patch()).when()
                .patch(PATH, id).then().statusCode(200);

        asEditor().header("If-Match", stale).contentType(ContentType.JSON).body(${resource}Fixtures.patch()).when()
                .patch(PATH, id).then()
                .statusCode(412)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:precondition-failed"))
                .body("detail", equalTo("${Label} " + id + " has changed since you read it: its ETag is now \"1\"."
                        + " Read it again, then repeat the change if it still applies."));
        asEditor().header("If-Match", stale).when().delete(PATH, id).then().statusCode(412);

        given().when().get(PATH, id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void shouldDeleteWhateverTheVersionWithAWildcard() {
        long id = create();

        asEditor().header("If-Match", "*").when().delete(PATH, id).then().statusCode(204);

        given().when().get(PATH, id).then().statusCode(404);
    }

    /**
     * Both callers read the same version and change it at the same moment: exactly one change is stored. Two rounds:
     * uniform's fault suite (faults/run.sh) races eight changes of one row in 25 rounds per operation against the sample.
     */
    @RepeatedTest(2)
    void shouldLetExactlyOneOfTwoConcurrentChangesWin() throws Exception {
        long id = create();
        String seen = etag(id);

        List<ExtractableResponse<Response>> responses = atOnce(2, caller -> asEditor()
                .header("If-Match", seen)
                .contentType(ContentType.JSON)
                .body(${resource}Fixtures.patch())
                .when()
                .patch(PATH, id)
                .then()
                .extract());

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        assertThat(responses).filteredOn(response -> response.statusCode() == 412).singleElement()
                .satisfies(${resource}ConcurrencyTests::isChangedMeanwhile);
        given().when().get(PATH, id).then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
    }

    /**
     * Eight callers delete the same version at once, round after round: exactly one deletes it, every other one is
     * answered with a problem saying it changed (or, once it is gone, that it does not exist), and none waits.
     */
    @RepeatedTest(2)
    void shouldLetExactlyOneOfEightConcurrentDeletesWin() throws Exception {
        long id = create();
        String seen = etag(id);

        List<ExtractableResponse<Response>> responses = atOnce(
                8, caller -> asEditor().header("If-Match", seen).when().delete(PATH, id).then().extract());

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnlyOnce(204)
                .isSubsetOf(204, 412, 404);
        assertThat(responses).filteredOn(response -> response.statusCode() != 204).allSatisfy(response ->
                assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE));
        assertThat(responses).filteredOn(response -> response.statusCode() == 412)
                .allSatisfy(${resource}ConcurrencyTests::isChangedMeanwhile);
        given().when().get(PATH, id).then().statusCode(404);
    }

    /** Deletes of different ${labels} at the same moment each delete their own ${label}, and nothing else. */
    @RepeatedTest(2)
    void shouldDeleteEachOfEightDifferentOnesDeletedAtOnce() throws Exception {
        List<Long> ids = IntStream.range(0, 8)
                .mapToObj(n -> create())
                .toList();

        List<ExtractableResponse<Response>> responses = atOnce(ids.size(), caller ->
                asEditor().header("If-Match", "\"0\"").when().delete(PATH, ids.get(caller)).then().extract());

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(204);
        ids.forEach(id -> given().when().get(PATH, id).then().statusCode(404));
    }

    private static void isChangedMeanwhile(ExtractableResponse<Response> response) {
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:uniform:problem:precondition-failed");
    }

    /**
     * Runs {@code call} on {@code callers} threads released together and returns the results in caller order; fails
     * unless every call returns within 5 s, so that a request left unanswered fails the test instead of hanging it.
     */
    private static <T> List<T> atOnce(int callers, IntFunction<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers);
        List<Callable<T>> calls = IntStream.range(0, callers)
                .<Callable<T>>mapToObj(caller -> () -> {
                    start.await();
                    return call.apply(caller);
                })
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : threads.invokeAll(calls, 5, TimeUnit.SECONDS)) {
                assertThat(result.isCancelled()).as("answered within 5 s").isFalse();
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
#set( $hasSessions = false )
#parse( "/archetype-resources/cleanup.vm" )
}
