#parse( "/archetype-resources/names.vm" )
package ${package};

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** A caller who reports a failure can quote its request id, which the service's logs carry too. */
@QuarkusTest
class RequestIdTests {

    @Test
    void shouldNameTheRequestInTheHeaderAndTheProblem() {
        Response missing = given().when().get("/${resourcePath}/{id}", 987_654_321);

        missing.then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", equalTo(missing.header("X-Request-Id")));
    }

    @Test
    void shouldKeepTheIdTheIngressAssigned() {
        given().header("X-Request-Id", "4b1c7a0e9f")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "4b1c7a0e9f");
    }
}
