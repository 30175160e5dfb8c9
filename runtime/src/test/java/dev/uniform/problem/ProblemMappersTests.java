package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure kind, end to end: real HTTP, a real PostgreSQL, the mappers as a service gets them. */
@QuarkusTest
class ProblemMappersTests {

    private static final String VALID = "{\"code\":\"%s\",\"weight\":1.5}";

    @Test
    void shouldNameEveryInvalidBodyFieldWithItsJsonPath() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\" \",\"weight\":-1,\"parts\":[{\"name\":\"ok\",\"quantity\":1},"
                        + "{\"name\":\"\",\"quantity\":0}],\"tags\":[\"a\",\"\"]}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("title", equalTo("Request is not valid"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/gadgets"))
                .body(
                        "detail",
                        equalTo("5 fields are not valid: code, parts[1].name, parts[1].quantity, tags[1], weight."))
                .body(
                        "violations.field",
                        equalTo(List.of("code", "parts[1].name", "parts[1].quantity", "tags[1]", "weight")))
                .body("violations.find { it.field == 'weight' }.message", equalTo("must be greater than 0"));
    }

    @Test
    void shouldCallAMissingBodyByItsName() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", equalTo("must not be null"));
    }

    @Test
    void shouldAnswer400ForViolationsRaisedInsideAUni() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"\",\"weight\":2}")
                .when()
                .post("/gadgets/unchecked")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo("must not be blank"));
    }

    @Test
    void shouldUseTheHttpNamesOfInvalidQueryParameters() {
        given().queryParam("max-weight", 500)
                .queryParam("limit", 9)
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("limit", "max-weight")))
                .body("violations[1].message", equalTo("must be less than or equal to 100"));
    }

    @Test
    void shouldPointAtTheSyntaxErrorOfMalformedJson() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x\",\n \"weight\": }")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.MALFORMED_BODY.uri()))
                .body("detail", equalTo("Request body is not valid JSON (line 2, column 12)."))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRejectUnknownFieldsAndListTheKnownOnes() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"x\",\"weight\":1,\"colour\":\"red\"}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Unknown field 'colour'. Known fields: code, parts, tags, weight."))
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", equalTo("is not a known field"));
    }

    @Test
    void shouldNameTheExpectedTypeOfAMistypedField() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"x\",\"weight\":\"heavy\"}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Field 'weight' must be a number."))
                .body("violations[0].field", equalTo("weight"))
                .body("detail", not(containsString("BigDecimal")));
    }

    @Test
    void shouldAnswer404ProblemForAMissingResource() {
        given().when()
                .get("/gadgets/987654")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("detail", equalTo("Gadget 987654 does not exist."))
                .body("instance", equalTo("/gadgets/987654"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownPath() {
        given().when()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("detail", equalTo("Nothing exists at /no-such-thing."));
    }

    @Test
    void shouldAnswer409ProblemWhenAUniqueValueIsTaken() {
        given().contentType(ContentType.JSON)
                .body(VALID.formatted("dup-1"))
                .post("/gadgets")
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body(VALID.formatted("dup-1"))
                .when()
                .post("/gadgets")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("detail", equalTo("A value that must be unique is already taken by another resource."))
                .body("detail", not(containsString("gadget")));
    }

    @Test
    void shouldHideEverythingAboutAnUnexpectedFailure() {
        given().when()
                .get("/gadgets/boom")
                .then()
                .statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.INTERNAL.uri()))
                .body(
                        "detail",
                        equalTo("The server failed to handle the request. It has been logged; retrying may help."))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalState")))
                .body(not(containsString("at dev.uniform")));
    }

    @Test
    void shouldAnswer405ProblemForAnUnsupportedMethod() {
        given().when()
                .put("/gadgets")
                .then()
                .statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.ABOUT_BLANK))
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", equalTo("This HTTP method is not supported at this path."));
    }

    @Test
    void shouldAnswer415ProblemForAnUnsupportedContentType() {
        given().contentType(ContentType.XML)
                .body("<gadget/>")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unsupported Media Type"))
                .body(
                        "detail",
                        equalTo("The Content-Type of the request is not accepted here; the API documentation lists"
                                + " those that are."));
    }

    @Test
    void shouldAnswer400NamingAQueryParameterOfTheWrongType() {
        given().queryParam("page", "second")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("detail", equalTo("Parameter 'page' is not valid: must be a number"))
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldKeep404ForAPathParameterOfTheWrongType() {
        given().when()
                .get("/gadgets/not-a-number")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()))
                .body("detail", equalTo("Nothing exists at /gadgets/not-a-number."));
    }

    @Test
    void shouldKeepADeliberate503WithItsRetryAfterButNothingElse() {
        given().when()
                .get("/gadgets/busy")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "30")
                .header("Set-Cookie", nullValue())
                .body("type", equalTo(ProblemType.ABOUT_BLANK))
                .body("title", equalTo("Service Unavailable"))
                .body("detail", equalTo("The service cannot handle requests right now; retry later."));
    }

    @Test
    void shouldNameAnUnknownValueOfAMultiValuedEnumParameter() {
        given().queryParam("fields", "CODE", "COLOUR")
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("fields"))
                .body("violations[0].message", equalTo("must be one of CODE, WEIGHT"));
    }

    @Test
    void shouldNameADateParameterThatIsNoDate() {
        given().queryParam("since", "yesterday")
                .when()
                .get("/gadgets/search")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("since"))
                .body("violations[0].message", equalTo("must be an ISO-8601 date such as 2026-01-15"));
    }

    @Test
    void shouldUseTheHttpNamesOfBeanParamFields() {
        given().queryParam("min-weight", 11)
                .queryParam("max-weight", 101)
                .when()
                .get("/gadgets/weighing")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("max-weight", "min-weight")));
    }
}
