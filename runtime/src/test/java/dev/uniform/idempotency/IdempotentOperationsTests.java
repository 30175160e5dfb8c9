package dev.uniform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * An operation run through IdempotentOperations happens once per caller and key: retries get the first response, at
 * once or later, a reused key with another request a 422, a key is spent only by an operation that succeeded, and
 * another caller's use of the same key is another operation.
 */
@QuarkusTest
class IdempotentOperationsTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void shouldReplayTheFirstResponseToARetry() {
        String key = UUID.randomUUID().toString();
        String request = gadget(uniqueCode());

        Response first =
                createWith(key, request).then().statusCode(201).extract().response();
        Response retry =
                createWith(key, request).then().statusCode(201).extract().response();

        assertThat(first.header(Idempotent.REPLAYED_HEADER)).isNull();
        assertThat(retry.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.asString()).isEqualTo(first.asString());
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherRequestAndStoreNothing() {
        String key = UUID.randomUUID().toString();
        String code = uniqueCode();
        createWith(key, gadget(code)).then().statusCode(201);

        createWith(key, gadget(code + "-B"))
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:idempotency-key-reused"))
                .body(
                        "detail",
                        equalTo("Idempotency-Key '" + key + "' was first used with a different request. Send a new"
                                + " key with a new request, and the same request with a retried key."));
        assertThat(storedWithCode(code + "-B")).isZero();
    }

    @Test
    void shouldRunOnceWhenRetriesArriveTogether() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = uniqueCode();
        int retries = 8;
        CyclicBarrier start = new CyclicBarrier(retries);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < retries; i++) {
            calls.add(() -> {
                start.await();
                return createWith(key, gadget(code));
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
                .filteredOn(response -> response.header(Idempotent.REPLAYED_HEADER) == null)
                .hasSize(1);
        assertThat(storedWithCode(code)).isEqualTo(1);
    }

    @Test
    void shouldNotSpendAKeyOnAFailedOperation() {
        String taken = uniqueCode();
        createWith(UUID.randomUUID().toString(), gadget(taken)).then().statusCode(201);
        String key = UUID.randomUUID().toString();
        String code = uniqueCode();

        createWith(key, gadget(taken)).then().statusCode(409);
        createWith(key, gadget(code)).then().statusCode(201).body("code", equalTo(code));
    }

    @Test
    void shouldTakeAnExpiredKeyForANewRequest() throws Throwable {
        String key = UUID.randomUUID().toString();
        String code = uniqueCode();
        createWith(key, gadget(code)).then().statusCode(201);
        expire(key);

        createWith(key, gadget(code + "-N")).then().statusCode(201).body("code", equalTo(code + "-N"));
        assertThat(storedWithCode(code + "-N")).isEqualTo(1);
    }

    @Test
    void shouldGiveEachCallerTheirOwnUseOfAKey() {
        String key = UUID.randomUUID().toString();
        String alices = uniqueCode();
        String bobs = uniqueCode();
        String alice = DevTokens.issue("alice", Set.of());
        String bob = DevTokens.issue("bob", Set.of());

        Response first = createWith(key, gadget(alices), alice)
                .then()
                .statusCode(201)
                .extract()
                .response();
        Response other = createWith(key, gadget(bobs), bob)
                .then()
                .statusCode(201)
                .header(Idempotent.REPLAYED_HEADER, (String) null)
                .body("code", equalTo(bobs))
                .extract()
                .response();
        Response retry = createWith(key, gadget(alices), alice)
                .then()
                .statusCode(201)
                .header(Idempotent.REPLAYED_HEADER, "true")
                .extract()
                .response();

        assertThat(other.jsonPath().getLong("id")).isNotEqualTo(first.jsonPath().getLong("id"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        createWith(key, gadget(bobs), bob)
                .then()
                .statusCode(201)
                .body("id", equalTo(other.jsonPath().getInt("id")));
        assertThat(storedWithCode(alices)).isEqualTo(1);
        assertThat(storedWithCode(bobs)).isEqualTo(1);
    }

    @Test
    void shouldRunEveryRequestWithoutAKey() {
        String code = uniqueCode();

        createWith(null, gadget(code)).then().statusCode(201).header(Idempotent.REPLAYED_HEADER, (String) null);
        createWith(null, gadget(code)).then().statusCode(409);
    }

    private static Response createWith(String key, String request) {
        return createWith(key, request, null);
    }

    private static Response createWith(String key, String request, String token) {
        var call = given().contentType(ContentType.JSON).body(request);
        if (key != null) {
            call.header(IdempotencyKey.HEADER, key);
        }
        if (token != null) {
            call.auth().oauth2(token);
        }
        return call.when().post("/gadgets/once");
    }

    private static String gadget(String code) {
        return "{\"code\":\"%s\",\"weight\":1.5}".formatted(code);
    }

    private static String uniqueCode() {
        return "IDEM-" + UUID.randomUUID();
    }

    private long storedWithCode(String code) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session ->
                    session.createSelectionQuery("select count(*) from Gadget where code = :code", Long.class)
                            .setParameter("code", code)
                            .getSingleResult()));
        } catch (Throwable failure) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * As if the retention had passed: the key's row is kept, but no longer counts. The row holds the SHA-256 of the
     * anonymous caller's key, as IdempotentOperations writes it: the caller's name ("") length-prefixed, then the key.
     */
    private void expire(String key) throws Throwable {
        String stored = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(("0:" + key).getBytes(StandardCharsets.UTF_8)));
        int expired = VertxContextSupport.subscribeAndAwait(
                () -> sessions.withTransaction(session -> session.createNativeQuery(
                                "update idempotency_keys set expires_at = now() - interval '1 second' where idempotency_key"
                                        + " = :key")
                        .setParameter("key", stored)
                        .executeUpdate()));
        assertThat(expired).as("rows of the key").isEqualTo(1);
    }
}
