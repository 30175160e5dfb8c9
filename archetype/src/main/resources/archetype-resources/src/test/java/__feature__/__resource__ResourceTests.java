#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
import static ${package}.${feature}.${resource}Fixtures.body;
import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.etag;
import static ${package}.${feature}.${resource}Fixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ${label} API over real HTTP against a real PostgreSQL: every operation and every way it can fail. */
@QuarkusTest
class ${resource}ResourceTests {

    @Test
    void shouldCreateAndPointToTheNewOne() {
        String code = uniquePrefix() + "-1";
        String location = asEditor().contentType(ContentType.JSON)
                .body(body(code, "Espresso machine", "249.9", "ACTIVE"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("code", equalTo(code))
                .body("name", equalTo("Espresso machine"))
                .body("price", equalTo(249.90f))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("price", equalTo(249.90f));
    }

    @Test
    void shouldGetOneById() {
        String code = uniquePrefix() + "-1";
        long id = create(code, "Grinder", "89.00", "DRAFT");

        given().when()
                .get("/${resourcePath}/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("code", equalTo(code))
                .body("name", equalTo("Grinder"))
                .body("price", equalTo(89.0f))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownId() {
        given().when()
                .get("/${resourcePath}/{id}", 99_999_999)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("${Label} 99999999 does not exist."))
                .body("instance", equalTo("/${resourcePath}/99999999"));
    }

    @Test
    void shouldNameEveryInvalidFieldOfACreate() {
        asEditor().contentType(ContentType.JSON)
                .body("{\"code\":\"-bad code\",\"name\":\"\",\"price\":-3.999}")
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:validation"))
                .body("detail", equalTo("4 fields are not valid: code, name, price, status."))
                .body("violations.field", equalTo(List.of("code", "name", "price", "price", "status")))
                .body("violations.find { it.field == 'code' }.message", containsString("upper-case letters"))
                .body("violations.find { it.field == 'status' }.message", equalTo("must not be null"));
    }

    @Test
    void shouldNameTheAllowedValuesOfAnUnknownStatus() {
        asEditor().contentType(ContentType.JSON)
                .body(body(uniquePrefix(), "Kettle", "20", "SOLD_OUT"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Field 'status' must be one of DRAFT, ACTIVE, ARCHIVED."))
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectMalformedJsonWithoutInternals() {
        asEditor().contentType(ContentType.JSON)
                .body("{\"code\": ")
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:malformed-body"))
                .body("detail", containsString("not valid JSON"))
                .body(not(containsString("jackson")));
    }

    @Test
    void shouldRejectUnknownFieldsInsteadOfDroppingThem() {
        asEditor().contentType(ContentType.JSON)
                .body("{\"code\":\"ABC-1\",\"name\":\"Mug\",\"price\":5,\"status\":\"ACTIVE\",\"colour\":\"red\"}")
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Unknown field 'colour'. Known fields: code, name, price, status."));
    }

    @Test
    void shouldAnswer409ProblemNamingTheTakenCode() {
        String code = uniquePrefix() + "-1";
        create(code, "Kettle", "30.00", "ACTIVE");

        asEditor().contentType(ContentType.JSON)
                .body(body(code, "Another kettle", "31.00", "ACTIVE"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:conflict"))
                .body("detail", equalTo("Code " + code + " is already used by another ${label}."));
    }

    @Test
    void shouldPageFilterAndSortAListing() {
        String prefix = uniquePrefix();
        create(prefix + "-A", "Cup small", "4.00", "ACTIVE");
        create(prefix + "-B", "Cup large", "6.50", "ACTIVE");
        create(prefix + "-C", "Cup giant", "9.00", "ACTIVE");
        create(prefix + "-D", "Cup retired", "5.00", "ARCHIVED");

        given().queryParam("q", prefix.toLowerCase())
                .queryParam("status", "ACTIVE")
                .queryParam("sort", "-price")
                .queryParam("size", 2)
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(prefix + "-C", prefix + "-B")))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));

        given().queryParam("q", prefix)
                .queryParam("minPrice", "5.00")
                .queryParam("maxPrice", "7")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Cup large", "Cup retired")))
                .body("totalItems", equalTo(2));
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchTextLiterally() {
        String prefix = uniquePrefix();
        create(prefix + "-A", "100% arabica", "12.00", "ACTIVE");
        create(prefix + "-B", "100 arabica", "11.00", "ACTIVE");

        given().queryParam("q", "100%")
                .queryParam("sort", "code")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(prefix + "-A")));
    }

    @Test
    void shouldRejectAnUnknownSortField() {
        given().queryParam("sort", "cost")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("sort"))
                .body(
                        "violations[0].message",
                        equalTo("cannot sort by 'cost'; sortable fields: code, name, price, createdAt, updatedAt"));
    }

    @Test
    void shouldRejectAPageSizeAboveTheCap() {
        given().queryParam("size", 500)
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be at most 100"));
    }

    @Test
    void shouldRejectAnInvertedPriceRange() {
        given().queryParam("minPrice", "10")
                .queryParam("maxPrice", "5")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("minPrice"))
                .body("violations[0].message", equalTo("must not be greater than maxPrice (5)"));
    }

    @Test
    void shouldRejectAStatusFilterThatIsNoStatus() {
        given().queryParam("status", "GONE")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:validation"))
                .body("detail", equalTo("Parameter 'status' is not valid: must be one of DRAFT, ACTIVE, ARCHIVED"))
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void shouldReplaceEveryField() {
        String prefix = uniquePrefix();
        long id = create(prefix + "-1", "Teapot", "15.00", "DRAFT");

        asEditor().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(body(prefix + "-2", "Teapot, glass", "17.50", "ACTIVE"))
                .when()
                .put("/${resourcePath}/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("code", equalTo(prefix + "-2"))
                .body("name", equalTo("Teapot, glass"))
                .body("price", equalTo(17.5f))
                .body("status", equalTo("ACTIVE"));

        given().when().get("/${resourcePath}/{id}", id).then().body("code", equalTo(prefix + "-2"));
    }

    @Test
    void shouldRejectAnIncompleteReplacement() {
        long id = create(uniquePrefix(), "Jar", "3.00", "ACTIVE");

        asEditor().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("{\"name\":\"Jar\"}")
                .when()
                .put("/${resourcePath}/{id}", id)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("code", "price", "status")));

        given().when()
                .get("/${resourcePath}/{id}", id)
                .then()
                .body("name", equalTo("Jar"))
                .body("price", equalTo(3.0f));
    }

    @Test
    void shouldAnswer404WhenReplacingAnUnknownOne() {
        asEditor().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(uniquePrefix(), "Ghost", "1.00", "DRAFT"))
                .when()
                .put("/${resourcePath}/{id}", 88_888_888)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("${Label} 88888888 does not exist."));
    }

    @Test
    void shouldAnswer409WhenAReplacementTakesAnotherCode() {
        String prefix = uniquePrefix();
        create(prefix + "-1", "Spoon", "1.00", "ACTIVE");
        long id = create(prefix + "-2", "Fork", "1.00", "ACTIVE");

        asEditor().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(body(prefix + "-1", "Fork", "1.00", "ACTIVE"))
                .when()
                .put("/${resourcePath}/{id}", id)
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Code " + prefix + "-1 is already used by another ${label}."));

        given().when().get("/${resourcePath}/{id}", id).then().body("code", equalTo(prefix + "-2"));
    }

    @Test
    void shouldPatchOnlyTheGivenFields() {
        String code = uniquePrefix();
        long id = create(code, "Moka pot", "35.00", "ACTIVE");
        String createdAt = given().get("/${resourcePath}/{id}", id).jsonPath().getString("createdAt");

        asEditor().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("{\"price\":29.99,\"status\":\"ARCHIVED\",\"name\":null}")
                .when()
                .patch("/${resourcePath}/{id}", id)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("name", equalTo("Moka pot"))
                .body("price", equalTo(29.99f))
                .body("status", equalTo("ARCHIVED"))
                .body("createdAt", equalTo(createdAt))
                .body("updatedAt", not(equalTo(createdAt)));
    }

    @Test
    void shouldRejectAnInvalidPatchAndKeepTheStoredOne() {
        long id = create(uniquePrefix(), "Sieve", "8.00", "ACTIVE");

        asEditor().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("{\"price\":0,\"name\":\"  \"}")
                .when()
                .patch("/${resourcePath}/{id}", id)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", equalTo(List.of("name", "price")));

        given().when()
                .get("/${resourcePath}/{id}", id)
                .then()
                .body("name", equalTo("Sieve"))
                .body("price", equalTo(8.0f));
    }

    @Test
    void shouldAnswer404WhenPatchingAnUnknownOne() {
        asEditor().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\":\"x\"}")
                .when()
                .patch("/${resourcePath}/{id}", 77_777_777)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("${Label} 77777777 does not exist."));
    }

    @Test
    void shouldDeleteOne() {
        long id = create(uniquePrefix(), "Tray", "12.00", "ACTIVE");

        asEditor().header("If-Match", etag(id)).when().delete("/${resourcePath}/{id}", id).then().statusCode(204).body(emptyString());

        given().when()
                .get("/${resourcePath}/{id}", id)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("${Label} " + id + " does not exist."));
    }

    @Test
    void shouldAnswer404WhenDeletingAnUnknownOne() {
        asEditor().header("If-Match", "\"0\"").when()
                .delete("/${resourcePath}/{id}", 66_666_666)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"))
                .body("detail", equalTo("${Label} 66666666 does not exist."));
    }

    @Test
    void shouldAnswer404ProblemForANonNumericId() {
        given().when()
                .get("/${resourcePath}/{id}", "abc")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"))
                .body("instance", endsWith("/${resourcePath}/abc"));
    }

    @Test
    void shouldListEverythingWithoutParameters() {
        create(uniquePrefix(), "Filter papers", "2.50", "ACTIVE");

        given().when()
                .get("/${resourcePath}")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", greaterThan(0))
                .body("items", not(hasSize(0)));
    }
}
