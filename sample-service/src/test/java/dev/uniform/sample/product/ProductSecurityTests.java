package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.body;
import static dev.uniform.sample.product.ProductFixtures.create;
import static dev.uniform.sample.product.ProductFixtures.uniquePrefix;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Anyone reads; changes need a bearer token with the operation's role; refusals are problems. How tokens are verified
 * (expiry, signature, issuer) is uniform-runtime's, tested there.
 */
@QuarkusTest
class ProductSecurityTests {

    @Test
    void shouldLetAnonymousCallersRead() {
        String code = uniquePrefix();
        long id = create(code, "Public kettle", "20.00", "ACTIVE");

        given().when().get("/products/{id}", id).then().statusCode(200).body("code", equalTo(code));
        given().queryParam("q", code)
                .when()
                .get("/products")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void shouldRefuseAnAnonymousWriteAndStoreNothing() {
        String code = uniquePrefix();

        given().contentType(ContentType.JSON)
                .body(body(code, "Anonymous kettle", "20.00", "ACTIVE"))
                .when()
                .post("/products")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .body("detail", equalTo("This operation needs a bearer token in the Authorization header."))
                .body("instance", equalTo("/products"));
        assertNoProductWithCode(code);
    }

    @Test
    void shouldRefuseACallerWithoutTheWriteRole() {
        String code = uniquePrefix();

        given().auth()
                .oauth2(DevTokens.issue("reader", Set.of("products.read")))
                .contentType(ContentType.JSON)
                .body(body(code, "Unwritten kettle", "20.00", "ACTIVE"))
                .when()
                .post("/products")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:forbidden"))
                .body(
                        "detail",
                        equalTo("This operation needs the role products.write, which the caller does not have."));
        assertNoProductWithCode(code);
    }

    @Test
    void shouldKeepDeletingToItsOwnRole() {
        long id = create(uniquePrefix(), "Kept kettle", "20.00", "ACTIVE");

        given().auth()
                .oauth2(DevTokens.issue("writer", Set.of(ProductRoles.WRITE)))
                .header("If-Match", "*")
                .when()
                .delete("/products/{id}", id)
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "detail",
                        equalTo("This operation needs the role products.delete, which the caller does not have."));
        given().when().get("/products/{id}", id).then().statusCode(200).body("name", equalTo("Kept kettle"));
    }

    private static void assertNoProductWithCode(String code) {
        given().queryParam("q", code)
                .when()
                .get("/products")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
