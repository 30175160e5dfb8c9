package dev.uniform.internal.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * References between resources through a real PostgreSQL foreign key: a write naming a row that does not exist gets
 * 422, a delete of a row others refer to gets 409 and deletes nothing.
 */
@QuarkusTest
class ReferenceProblemsTests {

    private static final long NO_SUCH_GADGET = 987_654_321L;

    @AfterEach
    void removeGadgetsAndTheirParts() {
        given().delete("/gadgets").then().statusCode(200);
    }

    @Test
    void shouldName422TheFieldThatRefersToNothing() {
        given().queryParam("named", true)
                .when()
                .post("/gadgets/{id}/parts", NO_SUCH_GADGET)
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.REFERENCE_NOT_FOUND.uri()))
                .body(
                        "detail",
                        equalTo("No gadget has the identifier in gadgetId. Create the gadget first, or send"
                                + " the identifier of one that exists."))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("gadgetId"))
                .body("violations[0].message", equalTo("must be the identifier of an existing gadget"));
    }

    @Test
    void shouldAnswer422WhenAServiceLeftAMissingReferenceUnnamed() {
        given().when()
                .post("/gadgets/{id}/parts", NO_SUCH_GADGET)
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.REFERENCE_NOT_FOUND.uri()))
                .body(
                        "detail",
                        equalTo("The request refers to a resource that does not exist. The API documentation"
                                + " says which fields hold identifiers of other resources."))
                .body("violations", nullValue());
    }

    @Test
    void shouldRefuseToDeleteWhatOthersStillReferTo() {
        long gadget = createGadget("referred-1");
        given().post("/gadgets/{id}/parts", gadget).then().statusCode(200).body(equalTo("1"));

        given().when()
                .delete("/gadgets/{id}", gadget)
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.CONFLICT.uri()))
                .body("detail", equalTo(ProblemMappers.STILL_REFERENCED));
        given().get("/gadgets/{id}", gadget).then().statusCode(200).body("code", equalTo("referred-1"));
    }

    @Test
    void shouldDeleteWhatNothingRefersTo() {
        long gadget = createGadget("unreferred-1");

        given().delete("/gadgets/{id}", gadget).then().statusCode(200).body(equalTo("1"));
        given().get("/gadgets/{id}", gadget).then().statusCode(404);
    }

    private static long createGadget(String code) {
        return given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"weight\":1.5}")
                .post("/gadgets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
