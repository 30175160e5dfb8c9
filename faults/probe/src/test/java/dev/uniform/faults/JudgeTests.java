package dev.uniform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.testing.OpenApiContract;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the probe counts answers: documented or not, problems or not, leaking or not. */
class JudgeTests {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/things/{id}": {"get": {"responses": {
              "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
              "400": {"description": "bad", "content": {"application/problem+json": {"schema": {"type": "object"}}}},
              "500": {"description": "oops", "content": {"application/problem+json": {"schema": {"type": "object"}}}}
            }}}}}
            """;

    private final Judge judge = new Judge(OpenApiContract.of(DOCUMENT));

    @Test
    void shouldCountADocumentedProblemAsValid() {
        judge.record(answer(400, "application/problem+json", "{\"detail\":\"Field 'q' is not valid.\"}"));

        assertThat(counts())
                .containsEntry("errors.problem", 1)
                .containsEntry("valid", 1)
                .doesNotContainKey("leaks");
    }

    @Test
    void shouldSpotInternalsInAnErrorBody() {
        judge.record(answer(500, "application/problem+json", "{\"detail\":\"org.hibernate.HibernateException: x\"}"));
        judge.record(answer(400, "application/problem+json", "{\"detail\":\"at dev.uniform.X.y(X.java:12)\"}"));
        judge.record(answer(400, "application/problem+json", "{\"detail\":\"ERROR: select * from products\"}"));

        assertThat(counts()).containsEntry("leaks", 3).containsEntry("serverErrors", 1);
    }

    @Test
    void shouldNotTakeStoredDataForALeak() {
        judge.record(answer(200, "application/json", "{\"name\":\"select * from products\"}"));

        assertThat(counts()).doesNotContainKey("leaks");
    }

    @Test
    void shouldTellTheHttpCodecsEmptyRefusalsApart() {
        judge.record(answer(431, null, ""));
        judge.record(answer(400, "text/plain", "Bad Request"));

        assertThat(counts()).containsEntry("errors.fromTheHttpCodec", 1).containsEntry("errors.notProblem", 1);
    }

    @Test
    void shouldCountWhatWasNeverAnswered() {
        judge.record(Exchange.failed("GET /things/{id}", "GET", "/things/1", 0, 10_000, Exchange.TIMEOUT));

        assertThat(counts()).containsEntry("unanswered.timeout", 1).containsEntry("requests", 1);
    }

    private static Exchange answer(int status, String contentType, String body) {
        return new Exchange(
                "GET /things/{id}", "GET", "/things/1", 0, 5, status, contentType, null, null, null, body, null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> counts() {
        return (Map<String, Integer>) judge.summary().get("counts");
    }
}
