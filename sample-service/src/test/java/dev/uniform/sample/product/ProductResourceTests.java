package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.asEditor;
import static dev.uniform.sample.product.ProductFixtures.create;
import static dev.uniform.sample.product.ProductFixtures.valid;
import static dev.uniform.sample.product.ProductFixtures.validWith;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.uniform.devauth.TestTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Products over real HTTP against a real PostgreSQL: their fields stored as sent, every constraint of every field, the
 * unique ones, the references and the roles. What every resource does alike (ETags, If-Match, idempotency, the
 * export, 404s) is uniform-runtime's, tested there.
 */
@QuarkusTest
class ProductResourceTests {

    private static final String PATH = "/products/{id}";

    @Test
    void shouldStoreWhatWasSentAndReadItBack() {
        Map<String, Object> sent = valid();

        long id = create(sent);

        assertSameValues(
                sent, given().get(PATH, id).then().statusCode(200).extract().as(Map.class));
    }

    /** Every constraint of every field, broken once: a value, and the message that must name what is wrong. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("code", null, "must not be blank"),
                arguments("code", "x".repeat(32 + 1), "size must be between 0 and 32"),
                arguments("name", null, "must not be blank"),
                arguments("name", "x".repeat(120 + 1), "size must be between 0 and 120"),
                arguments("price", null, "must not be null"),
                arguments(
                        "price",
                        new BigDecimal("0").subtract(new BigDecimal("0.01")),
                        "must be greater than or equal to 0"),
                arguments(
                        "price",
                        new BigDecimal("9999999999.99").add(new BigDecimal("0.01")),
                        "must be less than or equal to 9999999999.99"),
                arguments(
                        "price",
                        new BigDecimal("24.50").add(new BigDecimal("0.001")),
                        "numeric value out of bounds (<10 digits>.<2 digits> expected)"),
                arguments("status", null, "must not be null"),
                arguments("status", "NOT_A_STATUS", "must be one of DRAFT, ACTIVE, ARCHIVED"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void shouldRefuseAnInvalidValueNamingTheField(String field, Object value, String message) {
        long before = ProductFixtures.count();

        asEditor()
                .contentType(ContentType.JSON)
                .body(validWith(field, value))
                .when()
                .post("/products")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", everyItem(equalTo(field)))
                .body("violations.message", hasItem(message));
        assertThat(ProductFixtures.count()).as("stored").isEqualTo(before);
    }

    /** Each unique field, with what the problem calls it. */
    static Stream<Arguments> uniqueFields() {
        return Stream.of(arguments("code", "code"));
    }

    @ParameterizedTest
    @MethodSource("uniqueFields")
    void shouldAnswer409NamingTheUniqueFieldWhoseValueIsTaken(String field, String called) {
        Map<String, Object> first = valid();
        create(first);
        long second = create();
        String detail = "Another product already has this " + called + "; " + field + " must be unique.";

        asEditor()
                .contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .post("/products")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo(detail));
        asEditor()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .put(PATH, second)
                .then()
                .statusCode(409)
                .body("detail", equalTo(detail));
    }

    @Test
    void shouldReplaceEveryField() {
        long id = create();
        Map<String, Object> replacement = valid();

        asEditor()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(replacement)
                .put(PATH, id)
                .then()
                .statusCode(200);

        assertSameValues(replacement, given().get(PATH, id).then().extract().as(Map.class));
    }

    @Test
    void shouldPatchOnlyTheGivenFieldsAndKeepTheOthers() {
        Map<String, Object> original = valid();
        long id = create(original);
        Map<String, Object> patch = ProductFixtures.patch();
        Map<String, Object> expected = new LinkedHashMap<>(original);
        expected.putAll(patch);

        asEditor()
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(patch)
                .patch(PATH, id)
                .then()
                .statusCode(200);

        assertSameValues(expected, given().get(PATH, id).then().extract().as(Map.class));
    }

    @Test
    void shouldKeepEachChangeToItsRole() {
        long id = create();

        given().auth()
                .oauth2(TestTokens.issue("reader", Set.of()))
                .contentType(ContentType.JSON)
                .body(valid())
                .post("/products")
                .then()
                .statusCode(403)
                .body(
                        "detail",
                        equalTo("This operation needs the role products.write, which the caller does not have."));
        given().auth()
                .oauth2(TestTokens.issue("writer", Set.of(ProductRoles.WRITE)))
                .header("If-Match", "*")
                .delete(PATH, id)
                .then()
                .statusCode(403);
        given().get(PATH, id).then().statusCode(200);
    }
}
