package dev.uniform.internal.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.uniform.devauth.DevTokens;
import dev.uniform.internal.ratelimit.SharedCounts.Grant;
import dev.uniform.testapp.GuardedResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each caller gets its allowance per window, counted in the database for every replica: a token's subject, and
 * without credentials the client's address. The window is a day here, so that no test runs across its end.
 */
@QuarkusTest
@TestProfile(RateLimitTests.FewRequests.class)
class RateLimitTests {

    static final int CALLER_LIMIT = 5;
    static final int ADDRESS_LIMIT = 3;
    static final String WINDOW = "PT24H";
    static final String HEADERS = "#/components/headers/";

    public static class FewRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Both spellings: the library's own %test defaults must not win over the profile's.
            return Map.of(
                    // As behind an ingress: the client's address is what X-Forwarded-For says.
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "uniform.rate-limit.window", WINDOW,
                    "uniform.rate-limit.requests", String.valueOf(CALLER_LIMIT),
                    "uniform.rate-limit.anonymous-requests", String.valueOf(ADDRESS_LIMIT),
                    "%test.uniform.rate-limit.requests", String.valueOf(CALLER_LIMIT),
                    "%test.uniform.rate-limit.anonymous-requests", String.valueOf(ADDRESS_LIMIT));
        }
    }

    @Inject
    RateLimitConfig config;

    @Inject
    SharedCounts shared;

    @Test
    void shouldAnswer429WithRetryAfterOnceACallerHasSentItsLimit() {
        String alice = DevTokens.issue("rate-alice", Set.of());
        for (int sent = 1; sent <= CALLER_LIMIT; sent++) {
            read(alice)
                    .then()
                    .statusCode(200)
                    .body(equalTo("1"))
                    .header(RateLimits.POLICY_HEADER, "\"caller\";q=" + CALLER_LIMIT + ";w=86400")
                    .header(RateLimits.HEADER, matchesPattern("\"caller\";r=" + (CALLER_LIMIT - sent) + ";t=\\d+"));
        }

        Response refused = read(alice);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:uniform:problem:rate-limited"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("This caller's requests have reached the limit of 5 in 86400 s"))
                .body("instance", equalTo("/gadgets/sleep"))
                .body("requestId", notNullValue())
                .header(RateLimits.HEADER, matchesPattern("\"caller\";r=0;t=\\d+"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 86_400L);
        assertThat(refused.header(RateLimits.HEADER)).endsWith(";t=" + retryAfter);
        assertThat(refused.asString()).contains("Retry in " + retryAfter + " seconds");
    }

    @Test
    void shouldCountEachCallerApart() {
        String carol = DevTokens.issue("rate-carol", Set.of());
        String dave = DevTokens.issue("rate-dave", Set.of());
        for (int sent = 0; sent < CALLER_LIMIT; sent++) {
            read(carol).then().statusCode(200);
        }
        read(carol).then().statusCode(429);

        read(dave)
                .then()
                .statusCode(200)
                .header(RateLimits.HEADER, matchesPattern("\"caller\";r=" + (CALLER_LIMIT - 1) + ";t=\\d+"));
        // A new token of the same subject is the same caller.
        read(DevTokens.issue("rate-carol", Set.of())).then().statusCode(429);
    }

    @Test
    void shouldCountRequestsWithoutCredentialsAgainstTheAddressNotTheSubjectTheyName() {
        // Refused by the operation, and counted before: a flood of bad credentials is limited like any other.
        String forged = DevTokens.issue("rate-erin", Set.of(GuardedResource.ROLE)) + "x";
        given().header("Authorization", "Bearer " + forged)
                .when()
                .post("/guarded")
                .then()
                .statusCode(401)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .header(RateLimits.POLICY_HEADER, "\"address\";q=" + ADDRESS_LIMIT + ";w=86400")
                .header(RateLimits.HEADER, matchesPattern("\"address\";r=" + (ADDRESS_LIMIT - 1) + ";t=\\d+"));
        for (int sent = 2; sent <= ADDRESS_LIMIT; sent++) {
            given().queryParam("seconds", 0)
                    .when()
                    .get("/gadgets/sleep")
                    .then()
                    .statusCode(200)
                    .header(RateLimits.HEADER, matchesPattern("\"address\";r=" + (ADDRESS_LIMIT - sent) + ";t=\\d+"));
        }

        given().queryParam("seconds", 0)
                .when()
                .get("/gadgets/sleep")
                .then()
                .statusCode(429)
                .body("detail", containsString("Requests without credentials from this address have reached"));
        // Erin's own allowance is whole: the forged token spent the address's.
        read(DevTokens.issue("rate-erin", Set.of()))
                .then()
                .statusCode(200)
                .header(RateLimits.HEADER, matchesPattern("\"caller\";r=" + (CALLER_LIMIT - 1) + ";t=\\d+"));
    }

    /** Behind a trusted proxy, each forwarded address is a caller; an IPv6 host counts by its /64. */
    @Test
    void shouldCountCallersBehindAProxyByTheirForwardedAddress() {
        for (String address : List.of("203.0.113.7", "2001:db8:0:7::1")) {
            for (int sent = 0; sent < ADDRESS_LIMIT; sent++) {
                readFrom(address).then().statusCode(200);
            }
            readFrom(address).then().statusCode(429);
        }

        readFrom("2001:db8:0:7::2").then().statusCode(429);
        readFrom("203.0.113.8")
                .then()
                .statusCode(200)
                .header(RateLimits.HEADER, matchesPattern("\"address\";r=" + (ADDRESS_LIMIT - 1) + ";t=\\d+"));
        readFrom("2001:db8:0:8::1").then().statusCode(200);
    }

    @Test
    void shouldDocumentTheLimitOnEveryOperation() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/widgets'.post.responses.'429'.headers.'Retry-After'.schema.type", equalTo("integer"))
                .body(
                        "paths.'/widgets'.post.responses.'429'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/widgets'.post.responses.'201'.headers.RateLimit.$ref", equalTo(HEADERS + "RateLimit"))
                .body(
                        "paths.'/widgets/{id}'.get.responses.'404'.headers.'RateLimit-Policy'.$ref",
                        equalTo(HEADERS + "RateLimit-Policy"))
                .body("components.headers.RateLimit.schema.maxLength", equalTo(64))
                .body("components.headers.'RateLimit-Policy'.schema.pattern", containsString("caller|address"));
    }

    /**
     * Replicas share each caller's count: two limiters (one per replica) over one database, a burst started together
     * and spread over both, admit no more than the limit, and leave unused at most what each may hold back.
     */
    @Test
    void shouldHoldTheLimitAcrossReplicas() throws Exception {
        int limit = 200;
        RateLimitConfig replicaConfig = configWith(limit, config.storeTimeout());
        List<RateLimiter> replicas = List.of(
                new RateLimiter(replicaConfig, shared),
                new RateLimiter(replicaConfig, shared),
                new RateLimiter(replicaConfig, shared));
        Caller caller = new Caller("token test replicas " + System.nanoTime(), false);

        List<Decision> decisions =
                burst(600, sent -> replicas.get(sent % replicas.size()).admit(caller));

        long admitted = decisions.stream().filter(Decision::allowed).count();
        assertThat(admitted).isLessThanOrEqualTo(limit).isGreaterThanOrEqualTo(limit * 9 / 10);
        assertThat(decisions.stream().filter(decision -> !decision.allowed()))
                .allSatisfy(refused -> assertThat(refused.remaining()).isZero());
    }

    @Test
    void shouldCountAloneWhileTheSharedCountIsAway() throws Exception {
        int limit = 50;
        SharedCounts refusing = new SharedCounts(null) {
            @Override
            Uni<Grant> lease(byte[] caller, long windowStart, int wanted, int limit) {
                return Uni.createFrom().failure(new ConnectException("Connection refused"));
            }
        };
        SharedCounts silent = new SharedCounts(null) {
            @Override
            Uni<Grant> lease(byte[] caller, long windowStart, int wanted, int limit) {
                return Uni.createFrom().nothing();
            }
        };
        for (SharedCounts away : List.of(refusing, silent)) {
            RateLimiter replica = new RateLimiter(configWith(limit, Duration.ofMillis(200)), away);
            Caller caller = new Caller("token test away " + System.nanoTime(), false);

            List<Decision> decisions = burst(80, sent -> replica.admit(caller));

            assertThat(decisions.stream().filter(Decision::allowed)).hasSize(limit);
        }
    }

    private static Response readFrom(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor)
                .queryParam("seconds", 0)
                .when()
                .get("/gadgets/sleep");
    }

    private static Response read(String token) {
        return given().auth().oauth2(token).queryParam("seconds", 0).when().get("/gadgets/sleep");
    }

    /** {@code requests} admissions from 8 threads, released at one moment. */
    private static List<Decision> burst(int requests, java.util.function.IntFunction<Uni<Decision>> admission)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Decision>> answers = new ArrayList<>();
            for (int sent = 0; sent < requests; sent++) {
                int index = sent;
                answers.add(CompletableFuture.supplyAsync(
                                () -> {
                                    awaitQuietly(start);
                                    return admission.apply(index);
                                },
                                threads)
                        .thenCompose(uni -> uni.subscribeAsCompletionStage()));
            }
            start.countDown();
            List<Decision> decisions = new ArrayList<>();
            for (CompletableFuture<Decision> answer : answers) {
                decisions.add(answer.get(30, TimeUnit.SECONDS));
            }
            return decisions;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RateLimitConfig configWith(int limit, Duration storeTimeout) {
        return new RateLimitConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration window() {
                return Duration.parse(WINDOW);
            }

            @Override
            public int requests() {
                return limit;
            }

            @Override
            public int anonymousRequests() {
                return limit;
            }

            @Override
            public Duration storeTimeout() {
                return storeTimeout;
            }
        };
    }
}
