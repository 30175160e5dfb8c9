#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static io.restassured.RestAssured.given;

import dev.uniform.devauth.TestTokens;
import dev.uniform.testing.UniqueValues;
import io.quarkus.vertx.VertxContextSupport;
#parse( "/archetype-resources/references-imports.vm" )
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Valid ${labels} for the tests, created over HTTP with fresh values wherever a field must be unique. */
final class ${resource}Fixtures {

    private ${resource}Fixtures() {}

    /** A request by a caller holding every ${label} role, with a token the service under test trusts. */
    static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.issue("editor", Set.of(${resource}Roles.WRITE, ${resource}Roles.DELETE)));
    }

    /**
     * A valid request body: the documented example, with values of its own for the unique fields and for
     * ${patchField.name}, so that no two bodies are alike.
     */
    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
#foreach( $field in $fieldList )
#if( $field.unique || $field.name == $patchField.name )
        body.put("${field.name}", ${field.javaFresh});
#else
        body.put("${field.name}", ${field.javaExample});
#end
#end
        return body;
    }

    /** A partial update that changes one field of any ${label} the fixtures make. */
    static Map<String, Object> patch() {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("${patchField.name}", ${patchField.javaFresh});
        return patch;
    }

    /** {@link #valid()} with one field set to {@code value}. */
    static Map<String, Object> validWith(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    /** Creates ${aLabel} and returns its id. */
    static long create(Map<String, Object> body) {
        return asEditor()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Creates a valid ${label} and returns its id. */
    static long create() {
        return create(valid());
    }

    /** How many ${labels} there are. */
    static long count() {
        return given().queryParam("size", 1).queryParam("count", true).get("/${resourcePath}").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

#if( $referencedResources.isEmpty() )
    /** Removes every ${label}, for tests that need to know all there are. */
#else
#set( $madeFor = "" )
#foreach( $field in $referencedResources )#if( $foreach.index > 0 )#set( $madeFor = "${madeFor} and " )#end#set( $madeFor = "${madeFor}the ${field.refPath.substring(1).replace('-', ' ')}" )#end
    /**
     * Removes every one, for tests that need to know all there are, then what the fixtures made for them to refer to
     * (${madeFor}).
     */
#end
    static void deleteAll(Mutiny.SessionFactory sessions) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(
                session -> session.createMutationQuery("delete from ${resource}").executeUpdate()));
#foreach( $field in $referencedResources )
        ${field.ref}References.removeCreated(sessions);
#end
    }
}
