package dev.uniform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * An Accept header that is no list of media ranges is the caller's mistake: a 400 problem naming it, also where the
 * resource method declares no {@code @Produces} and Quarkus REST would read Accept only after the method ran (the
 * listing of gadgets returns a {@code Page}, which gets no default media type). Headers real clients send pass.
 */
@QuarkusTest
class MalformedAcceptTests {

    @Test
    void shouldRefuseAnAcceptThatIsNoMediaRangeWithAProblemNamingIt() {
        given().header("Accept", "garbage")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.VALIDATION.uri()))
                .body("detail", containsString("'garbage' is none"))
                .body("instance", equalTo("/gadgets"));
    }

    @Test
    void shouldNameTheOneBadRangeAmongGoodOnes() {
        given().header("Accept", "application/json, text/, */*")
                .when()
                .get("/gadgets/{id}", 1)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("'text/' is none"));
    }

    @Test
    void shouldServeWhatJavasOwnHttpClientSends() {
        // HttpURLConnection's default: a bare * and q-values without the leading 0.
        given().header("Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .body("items", notNullValue());
    }

    @Test
    void shouldDropEmptyListElementsAsRfc9110Asks() {
        given().header("Accept", ", application/json, ,")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("items", notNullValue());
    }

    @Test
    void shouldLeaveAnAcceptOfOnlyCommasOut() {
        given().header("Accept", " , ")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("page", equalTo(0));
    }
}
