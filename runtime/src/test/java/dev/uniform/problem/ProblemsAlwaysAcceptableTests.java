package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller whose Accept allows problems, as clients generated from the document send for operations whose success
 * has no body, gets the operation's answer, success or problem; one whose Accept allows neither gets a 406 problem.
 */
@QuarkusTest
class ProblemsAlwaysAcceptableTests {

    @Test
    void shouldAnswerSuccessToACallerThatOnlyAcceptsProblems() {
        long id = given().contentType(ContentType.JSON)
                .accept(Problem.MEDIA_TYPE)
                .body("{\"code\":\"accept-problems\",\"weight\":2}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", equalTo("accept-problems"))
                .extract()
                .jsonPath()
                .getLong("id");

        given().accept(Problem.MEDIA_TYPE)
                .when()
                .get("/gadgets/{id}", id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", equalTo("accept-problems"));
    }

    @Test
    void shouldAnswerTheProblemToACallerThatOnlyAcceptsProblems() {
        given().accept(Problem.MEDIA_TYPE)
                .when()
                .get("/gadgets/{id}", 987_654_321L)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    /** Each operation of the served document, called as a client that accepts only problems: never 406. */
    @Test
    void shouldNeverAnswer406ToACallerThatAcceptsProblems() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            Response answer = given().accept(Problem.MEDIA_TYPE)
                    .contentType(ContentType.JSON)
                    .body(method.equals("get") || method.equals("delete") ? "" : "{}")
                    .request(method.toUpperCase(Locale.ROOT), path.replaceAll("\\{[^}]+}", "1"));
            String where = method.toUpperCase(Locale.ROOT) + " " + path;
            assertThat(answer.statusCode()).as(where).isNotEqualTo(406);
            if (answer.statusCode() >= 400) {
                assertThat(answer.contentType()).as(where).startsWith(Problem.MEDIA_TYPE);
            }
        }));
    }

    @Test
    void shouldAnswer406WithAProblemWhenNeitherTheSuccessNorProblemsAreAcceptable() {
        for (String accept : new String[] {"text/html", "text/html, " + Problem.MEDIA_TYPE + ";q=0"}) {
            given().accept(accept)
                    .when()
                    .get("/gadgets/{id}", 1)
                    .then()
                    .statusCode(406)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(406))
                    .body(
                            "detail",
                            equalTo("No representation here matches the Accept header; the API documentation lists"
                                    + " those served."));
        }
    }
}
