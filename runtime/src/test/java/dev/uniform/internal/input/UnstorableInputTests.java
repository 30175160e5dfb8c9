package dev.uniform.internal.input;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import dev.uniform.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Input the database would refuse, or store otherwise than sent, is a 400 naming the field, never a 500: the request
 * is refused before anything is written.
 */
@QuarkusTest
class UnstorableInputTests {

    @Test
    void shouldRefuseANulCharacterInABodyStringNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"nul\\u0000here\",\"weight\":1}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("violations[0].field", equalTo("code"))
                .body("violations[0].message", equalTo(StorableText.RULE));
    }

    @Test
    void shouldRefuseAnUnpairedSurrogateInANestedStringNamingItsPath() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"ok-surrogate\",\"weight\":1,\"tags\":[\"fine\",\"a\\ud800b\"]}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("tags[1]"))
                .body("detail", equalTo("Field 'tags[1]' " + StorableText.RULE + "."));
    }

    @Test
    void shouldStoreAndReturnSurrogatePairsAsSent() {
        long id = given().contentType(ContentType.JSON)
                .body("{\"code\":\"pair-\\ud83d\\ude00\",\"weight\":1}")
                .when()
                .post("/gadgets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");

        given().when().get("/gadgets/{id}", id).then().statusCode(200).body("code", equalTo("pair-😀"));
    }

    @Test
    void shouldRefuseANulCharacterInAQueryParameterNamingIt() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/gadgets/search?max-weight=1&limit=1&text=a%00b")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo(StorableText.RULE));
    }

    @Test
    void shouldRefuseAQueryStringThatIsNotPercentEncodedUtf8() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/gadgets/search?max-weight=1&limit=1&text=%ZZ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(JsonPath.from(answer.body()).getString("type")).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(JsonPath.from(answer.body()).getString("detail")).startsWith("The request's URI is not valid");
    }

    @Test
    void shouldRefuseAPathThatIsNotPercentEncodedUtf8() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/gadgets/%ZZ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.header("X-Request-Id")).isNotBlank();
        JsonPath problem = JsonPath.from(answer.body());
        assertThat(problem.getString("type")).isEqualTo(ProblemType.VALIDATION.uri());
        assertThat(problem.getString("detail")).startsWith("The request's URI is not valid");
        assertThat(problem.getString("requestId")).isEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void shouldRefuseANulCharacterInThePath() throws Exception {
        RawHttp.Answer answer = RawHttp.get("/gadgets/a%00b");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(JsonPath.from(answer.body()).getString("violations[0].field"))
                .isEqualTo("path");
    }

    /** The service forgot a length limit: the database's refusal still reaches the caller as a 400. */
    @Test
    void shouldAnswer400WhenTheDatabaseRefusesAValueTooLongForItsColumn() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + "x".repeat(300) + "\",\"weight\":1}")
                .when()
                .post("/gadgets/unchecked")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("detail", startsWith("A value of the request cannot be stored"));
    }

    @Test
    void shouldAnswer400WhenTheDatabaseRefusesANumberOutOfItsRange() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"too-heavy\",\"weight\":1e40}")
                .when()
                .post("/gadgets/unchecked")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("A value of the request cannot be stored"));
    }
}
