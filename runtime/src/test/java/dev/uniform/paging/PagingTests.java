package dev.uniform.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging over real rows: order, totals and every rejected parameter. */
@QuarkusTest
class PagingTests {

    @BeforeEach
    void fiveGadgets() {
        given().delete("/gadgets").then().statusCode(200);
        String[][] gadgets = {{"e", "1.0"}, {"b", "5.0"}, {"d", "2.0"}, {"a", "5.0"}, {"c", "3.0"}};
        for (String[] gadget : gadgets) {
            given().contentType(ContentType.JSON)
                    .body("{\"code\":\"page-%s\",\"weight\":%s}".formatted(gadget[0], gadget[1]))
                    .post("/gadgets")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void shouldServeTheRequestedPageInTheDefaultOrder() {
        given().queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("page-c", "page-d")))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
    }

    @Test
    void shouldSortByEveryGivenFieldInTurn() {
        given().queryParam("sort", "-weight,code")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("page-a", "page-b", "page-c", "page-d", "page-e")))
                .body("size", equalTo(20));
    }

    @Test
    void shouldServeAnEmptyPageBeyondTheLast() {
        given().queryParam("page", 7)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(5));
    }

    @Test
    void shouldRejectAFieldOutsideTheSortWhitelist() {
        given().queryParam("sort", "code,password")
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", equalTo("cannot sort by 'password'; sortable fields: code, weight"));
    }

    @Test
    void shouldRejectAPageLargerThanTheConfiguredMaximum() {
        given().queryParam("size", 101)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Parameter 'size' is not valid: must be at most 100"))
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldRejectANegativePageAndAZeroSize() {
        given().queryParam("page", -1)
                .queryParam("size", 0)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("page", "size")));
    }

    @Test
    void shouldRejectAPageWhoseFirstRowIsBeyondReach() {
        given().queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 100)
                .when()
                .get("/gadgets")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("page"))
                .body(
                        "violations[0].message",
                        equalTo(
                                "must be at most 100 for pages of 100 items (page × size at most 10000); deeper pages are"
                                        + " reached by cursor: send a page's next as cursor"));
    }
}
