package dev.uniform.internal.datasource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import dev.uniform.testing.SeveringProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database dies under many writers at once: every connection is reset in the middle of whatever it was doing
 * (a statement, a commit, a rollback, a connect), and new ones fail until it is back. Every answer must be a success
 * or a 503 problem with Retry-After, nothing may surface in the log as uncaught, and the service must heal.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTests.BehindSeveringProxy.class)
class DatabaseOutageTests {

    static final SeveringProxy DATABASE = new SeveringProxy(DatabaseOutageTests::embeddedServerPort);

    private static final int WRITERS = 60;
    private static final String EMBEDDED_PORT = "uniform.devdb.embedded.port";

    public static class BehindSeveringProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.url",
                    "postgresql://localhost:" + DATABASE.port() + "/postgres",
                    "quarkus.datasource.username",
                    "postgres",
                    // Short, so that the pool's timers run out within the test (vertx-sql-client#1706 is one).
                    "uniform.datasource.connection-timeout",
                    "PT0.5S");
        }
    }

    private final List<String> uncaught = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            boolean vertxUncaught = record.getLoggerName().startsWith("io.quarkus.vertx.core");
            boolean unexpected = record.getLoggerName().startsWith("dev.uniform")
                    && record.getLevel().intValue() >= Level.SEVERE.intValue();
            if (vertxUncaught || unexpected) {
                uncaught.add(record.getLoggerName() + ": " + record.getMessage() + " " + record.getThrown());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
        DATABASE.restore();
    }

    @Test
    void shouldAnswerEveryWriterWithSuccessOr503WhenTheDatabaseDies() throws Exception {
        long widget = createWidget().jsonPath().getLong("id");
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        long stopAt = System.currentTimeMillis() + 5_000;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            int kind = writer % 3;
            writers.submit(() -> {
                start.await();
                while (System.currentTimeMillis() < stopAt) {
                    ExtractableResponse<Response> answer = switch (kind) {
                        case 0 -> createWidget();
                        case 1 -> createGadget();
                        default -> given().get("/widgets/" + widget).then().extract();
                    };
                    String seen = answer.statusCode() + " " + answer.contentType() + " Retry-After "
                            + answer.header("Retry-After") + " " + answer.body().asString();
                    answers.add(seen);
                    if (!isSuccessOrRetryLater(answer)) {
                        wrong.add(seen);
                    }
                }
                return null;
            });
        }
        start.countDown();
        Thread.sleep(1_000);
        DATABASE.sever();
        Thread.sleep(1_500);
        DATABASE.restore();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        // Past the pool's connection timeout: a timer left behind by a failed wait would fire now.
        Thread.sleep(1_000);

        assertThat(wrong)
                .as("answers neither a success nor a 503 with Retry-After")
                .isEmpty();
        assertThat(answers)
                .as("the outage was met")
                .anyMatch(answer -> answer.startsWith("503"))
                .as("the service healed")
                .anyMatch(answer -> answer.startsWith("2"));
        assertThat(uncaught).as("uncaught or unexpected failures logged").isEmpty();
        assertThat(createGadget().statusCode())
                .as("a write once the database is back")
                .isEqualTo(200);
    }

    private static EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The port of this JVM's embedded server, which uniform-devdb publishes as a system property; started here when
     * no test has started it yet, as devdb stands back when a URL is configured, as it is here.
     */
    private static int embeddedServerPort() {
        synchronized (EMBEDDED_PORT.intern()) {
            Integer port = Integer.getInteger(EMBEDDED_PORT);
            if (port == null) {
                try {
                    port = EmbeddedPostgres.builder().start().getPort();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(EMBEDDED_PORT, String.valueOf(port));
            }
            return port;
        }
    }

    private static boolean isSuccessOrRetryLater(ExtractableResponse<Response> answer) {
        if (answer.statusCode() / 100 == 2) {
            return true;
        }
        return answer.statusCode() == 503
                && Problem.MEDIA_TYPE.equals(answer.contentType())
                && answer.header("Retry-After") != null
                && ProblemType.UNAVAILABLE.uri().equals(answer.jsonPath().getString("type"));
    }

    private static ExtractableResponse<Response> createWidget() {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("code", "W-" + UUID.randomUUID(), "size", 3))
                .post("/widgets")
                .then()
                .extract();
    }

    private static ExtractableResponse<Response> createGadget() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", "G-" + UUID.randomUUID(), "weight", 1.5))
                .post("/gadgets")
                .then()
                .extract();
    }
}
