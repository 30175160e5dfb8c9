#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.count;
import static ${package}.${feature}.${resource}Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.uniform.devauth.DevTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Set;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
#end
import org.junit.jupiter.api.Test;

/**
 * Anyone reads; changes need a bearer token with the operation's role; refusals are problems. How tokens are verified
 * (expiry, signature, issuer) is uniform-runtime's, tested there.
 */
@QuarkusTest
class ${resource}SecurityTests {

    @Test
    void shouldLetAnonymousCallersRead() {
        long id = create();

        given().when().get("/${resourcePath}/{id}", id).then().statusCode(200).body("id", equalTo((int) id));
        given().when().get("/${resourcePath}").then().statusCode(200).body("totalItems", greaterThan(0));
    }

    @Test
    void shouldRefuseAnAnonymousWriteAndStoreNothing() {
        long before = count();

        given().contentType(ContentType.JSON)
                .body(valid())
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:unauthenticated"))
                .body("detail", equalTo("This operation needs a bearer token in the Authorization header."))
                .body("instance", equalTo("/${resourcePath}"));
        assertThat(count()).as("stored").isEqualTo(before);
    }

    @Test
    void shouldRefuseACallerWithoutTheWriteRole() {
        long before = count();

        given().auth()
                .oauth2(DevTokens.issue("reader", Set.of("${resourcePath}.read")))
                .contentType(ContentType.JSON)
                .body(valid())
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:forbidden"))
                .body(
                        "detail",
                        equalTo("This operation needs the role ${resourcePath}.write, which the caller does not have."));
        assertThat(count()).as("stored").isEqualTo(before);
    }

    @Test
    void shouldKeepDeletingToItsOwnRole() {
        long id = create();

        given().auth()
                .oauth2(DevTokens.issue("writer", Set.of(${resource}Roles.WRITE)))
                .header("If-Match", "*")
                .when()
                .delete("/${resourcePath}/{id}", id)
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "detail",
                        equalTo("This operation needs the role ${resourcePath}.delete, which the caller does not have."));
        given().when().get("/${resourcePath}/{id}", id).then().statusCode(200).body("version", equalTo(0));
    }
#set( $hasSessions = false )
#parse( "/archetype-resources/cleanup.vm" )
}
