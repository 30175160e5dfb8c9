package dev.uniform.internal.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Every request has an id: in the response header, in every problem body and in the log lines written for it. */
@QuarkusTest
class RequestIdsTests {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldGiveEveryResponseANewId() {
        String first = given().get("/gadgets").then().statusCode(200).extract().header(RequestIds.HEADER);
        String second = given().get("/gadgets").then().statusCode(200).extract().header(RequestIds.HEADER);

        assertThat(first).matches(UUID);
        assertThat(second).matches(UUID).isNotEqualTo(first);
    }

    @Test
    void shouldKeepTheIdAProxyOrCallerSent() {
        given().header(RequestIds.HEADER, "ingress-7f3a.42")
                .when()
                .get("/gadgets/{id}", 987_654_321)
                .then()
                .statusCode(404)
                .header(RequestIds.HEADER, "ingress-7f3a.42")
                .contentType(Problem.MEDIA_TYPE)
                .body("requestId", equalTo("ingress-7f3a.42"));
    }

    @Test
    void shouldReplaceAnIdThatCouldForgeLogLines() {
        given().header(RequestIds.HEADER, "x\" level=ERROR msg=forged")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void shouldNameTheRequestInEveryProblem() {
        Response invalid = given().contentType("application/json")
                .body("{\"code\":\"\",\"weight\":1}")
                .post("/gadgets");
        Response tooLarge = given().contentType("application/json")
                .body("{\"code\":\"" + "x".repeat(20_000) + "\"}")
                .post("/gadgets");

        for (Response problem : List.of(invalid, tooLarge)) {
            problem.then()
                    .contentType(Problem.MEDIA_TYPE)
                    .body("requestId", equalTo(problem.header(RequestIds.HEADER)))
                    .body("requestId", matchesPattern(UUID));
        }
    }

    @Test
    void shouldPutTheIdInTheLogContextOfTheRequest() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord extended) {
                    logged.add(extended.getMdc(RequestIds.LOG_KEY));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger mappers = Logger.getLogger("dev.uniform.internal.problem.ProblemMappers");
        mappers.addHandler(capture);
        try {
            given().header(RequestIds.HEADER, "trace-me-1")
                    .get("/gadgets/boom")
                    .then()
                    .statusCode(500)
                    .body("requestId", equalTo("trace-me-1"))
                    .body(not(containsStringIgnoringCase("hunter2")));
        } finally {
            mappers.removeHandler(capture);
        }

        assertThat(logged).containsExactly("trace-me-1");
    }
}
