package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.asEditor;
import static dev.uniform.sample.product.ProductFixtures.body;
import static dev.uniform.sample.product.ProductFixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Creates with an Idempotency-Key happen once: retries get the first response, a reused key with a new body a 422. */
@QuarkusTest
class ProductIdempotencyTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void shouldReplayTheFirstResponseToARetry() {
        String key = UUID.randomUUID().toString();
        String code = uniquePrefix();
        String request = body(code, "Retried kettle", "20.00", "ACTIVE");

        Response first =
                createWith(key, request).then().statusCode(201).extract().response();
        Response retry =
                createWith(key, request).then().statusCode(201).extract().response();

        assertThat(first.header(ProductFixtures.REPLAYED)).isNull();
        assertThat(retry.header(ProductFixtures.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertStored(code, 1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherRequestAndStoreNothing() {
        String key = UUID.randomUUID().toString();
        String code = uniquePrefix();
        createWith(key, body(code, "First kettle", "20.00", "ACTIVE")).then().statusCode(201);

        createWith(key, body(code + "B", "Second kettle", "20.00", "ACTIVE"))
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:idempotency-key-reused"))
                .body(
                        "detail",
                        equalTo("Idempotency-Key '" + key + "' was first used with a different request. Send a new"
                                + " key with a new request, and the same request with a retried key."));
        assertStored(code + "B", 0);
    }

    @Test
    void shouldCreateOnceWhenRetriesArriveTogether() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = uniquePrefix();
        String request = body(code, "Raced kettle", "20.00", "ACTIVE");
        int retries = 8;
        CyclicBarrier start = new CyclicBarrier(retries);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < retries; i++) {
            calls.add(() -> {
                start.await();
                return createWith(key, request);
            });
        }

        List<Response> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        try {
            for (Future<Response> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses)
                .extracting(response -> response.jsonPath().getLong("id"))
                .containsOnly(responses.get(0).jsonPath().getLong("id"));
        assertThat(responses)
                .filteredOn(response -> response.header(ProductFixtures.REPLAYED) == null)
                .hasSize(1);
        assertStored(code, 1);
    }

    @Test
    void shouldNotSpendAKeyOnAFailedCreate() {
        String taken = uniquePrefix();
        ProductFixtures.create(taken, "Taken kettle", "20.00", "ACTIVE");
        String key = UUID.randomUUID().toString();
        String code = uniquePrefix();

        createWith(key, body(taken, "Clashing kettle", "20.00", "ACTIVE"))
                .then()
                .statusCode(409);
        createWith(key, body(code, "Corrected kettle", "20.00", "ACTIVE"))
                .then()
                .statusCode(201)
                .body("code", equalTo(code));
    }

    @Test
    void shouldTakeAnExpiredKeyForANewRequest() throws Throwable {
        String key = UUID.randomUUID().toString();
        String code = uniquePrefix();
        createWith(key, body(code, "Old kettle", "20.00", "ACTIVE")).then().statusCode(201);
        expire(key);

        createWith(key, body(code + "N", "New kettle", "20.00", "ACTIVE"))
                .then()
                .statusCode(201)
                .body("code", equalTo(code + "N"));
        assertStored(code + "N", 1);
    }

    @Test
    void shouldNameAMalformedKey() {
        createWith("not a key", body(uniquePrefix(), "Kettle", "20.00", "ACTIVE"))
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].message", equalTo("must be 1 to 255 visible ASCII characters, such as a UUID"));
    }

    private static Response createWith(String key, String request) {
        return asEditor()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/products");
    }

    private static void assertStored(String code, int count) {
        given().queryParam("q", code)
                .when()
                .get("/products")
                .then()
                .statusCode(200)
                .body("items.findAll { it.code == '" + code + "' }", hasSize(count));
    }

    /** As if the retention had passed: the key's row is kept, but no longer counts. */
    private void expire(String key) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session.createNativeQuery(
                        "update idempotency_keys set expires_at = now() - interval '1 second' where idempotency_key"
                                + " = :key")
                .setParameter("key", key)
                .executeUpdate()));
    }
}
