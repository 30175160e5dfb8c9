package dev.uniform.sample.product;

import static io.restassured.RestAssured.given;

import dev.uniform.devauth.TestTokens;
import dev.uniform.testing.UniqueValues;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/** Valid products for the tests, created over HTTP with fresh values wherever a field must be unique. */
final class ProductFixtures {

    private ProductFixtures() {}

    /** A request by a caller holding every product role, with a token the service under test trusts. */
    static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.issue("editor", Set.of(ProductRoles.WRITE, ProductRoles.DELETE)));
    }

    /**
     * A valid request body: the documented example, with values of its own for the unique fields and for
     * name, so that no two bodies are alike.
     */
    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", UniqueValues.text("Example code", 0, 32));
        body.put("name", UniqueValues.text("Example name", 0, 120));
        body.put("price", new BigDecimal("24.50"));
        body.put("status", "DRAFT");
        return body;
    }

    /** A partial update that changes one field of any product the fixtures make. */
    static Map<String, Object> patch() {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("name", UniqueValues.text("Example name", 0, 120));
        return patch;
    }

    /** {@link #valid()} with one field set to {@code value}. */
    static Map<String, Object> validWith(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    /** Creates a product and returns its id. */
    static long create(Map<String, Object> body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Creates a valid product and returns its id. */
    static long create() {
        return create(valid());
    }

    /** How many products there are. */
    static long count() {
        return given().queryParam("size", 1)
                .queryParam("count", true)
                .get("/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    /** Removes every product, for tests that need to know all there are. */
    static void deleteAll(Mutiny.SessionFactory sessions) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(
                session -> session.createMutationQuery("delete from Product").executeUpdate()));
    }
}
