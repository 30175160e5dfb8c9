#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
import static ${package}.${feature}.${resource}Fixtures.count;
import static ${package}.${feature}.${resource}Fixtures.valid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
#end
import org.junit.jupiter.api.Test;

/**
 * Creates take an Idempotency-Key: a retry gets the first response, a reused key with a new body a 422. How keys fare
 * under concurrent retries, failures and expiry is uniform-runtime's, tested there (IdempotentOperationsTests).
 */
@QuarkusTest
class ${resource}IdempotencyTests {

    @Test
    void shouldReplayTheFirstResponseToARetry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = valid();
        long before = count();

        Response first =
                createWith(key, request).then().statusCode(201).extract().response();
        Response retry =
                createWith(key, request).then().statusCode(201).extract().response();

        assertThat(first.header(${resource}Fixtures.REPLAYED)).isNull();
        assertThat(retry.header(${resource}Fixtures.REPLAYED)).isEqualTo("true");
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
                .post("/${resourcePath}");
    }
#set( $hasSessions = false )
#parse( "/archetype-resources/cleanup.vm" )
}
