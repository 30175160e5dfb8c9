#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static io.restassured.RestAssured.given;

import dev.uniform.devauth.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates ${labels} over HTTP with codes no other test uses, so tests share the database without clashing. */
final class ${resource}Fixtures {

    /** The header that marks a replayed response to an Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String EDITOR_TOKEN =
            DevTokens.issue("editor", Set.of(${resource}Roles.WRITE, ${resource}Roles.DELETE));

    private ${resource}Fixtures() {}

    /** A fresh code prefix such as {@code T7}; codes that start with it belong to one test alone. */
    static String uniquePrefix() {
        return "T" + SEQUENCE.incrementAndGet() + "X"
                + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
    }

    /** A request by a caller holding every ${label} role, as changes need. */
    static RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR_TOKEN);
    }

    static String body(String code, String name, String price, String status) {
        return "{\"code\":\"%s\",\"name\":\"%s\",\"price\":%s,\"status\":\"%s\"}".formatted(code, name, price, status);
    }

    /** Creates ${aLabel} and returns its id. */
    static long create(String code, String name, String price, String status) {
        return asEditor().contentType(ContentType.JSON)
                .body(body(code, name, price, status))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The ETag a read of the ${label} answers with: what a change must send in If-Match. */
    static String etag(long id) {
        return given().when()
                .get("/${resourcePath}/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
