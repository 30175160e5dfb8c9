package dev.uniform.sample.product;

import static dev.uniform.sample.product.ProductFixtures.asEditor;
import static dev.uniform.sample.product.ProductFixtures.count;
import static dev.uniform.sample.product.ProductFixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Creates take an Idempotency-Key: a retry gets the first response, a reused key with a new body a 422. How keys fare
 * under concurrent retries, failures and expiry is uniform-runtime's, tested there (IdempotentOperationsTests).
 */
@QuarkusTest
class ProductIdempotencyTests {

    @Test
    void shouldReplayTheFirstResponseToARetry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = valid();
        long before = count();

        Response first =
                createWith(key, request).then().statusCode(201).extract().response();
        Response retry =
                createWith(key, request).then().statusCode(201).extract().response();

        assertThat(first.header(ProductFixtures.REPLAYED)).isNull();
        assertThat(retry.header(ProductFixtures.REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(count()).as("stored").isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherRequestAndStoreNothing() {
        String key = UUID.randomUUID().toString();
        createWith(key, valid()).then().statusCode(201);
        long before = count();

        createWith(key, valid())
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:idempotency-key-reused"))
                .body(
                        "detail",
                        equalTo("Idempotency-Key '" + key + "' was first used with a different request. Send a new"
                                + " key with a new request, and the same request with a retried key."));
        assertThat(count()).as("stored").isEqualTo(before);
    }

    private static Response createWith(String key, Map<String, Object> request) {
        return asEditor()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(request)
                .when()
                .post("/products");
    }
}
