#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.valid;
import static ${package}.${feature}.${resource}Fixtures.validWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
#if( !$referenceFields.isEmpty() )
import static org.hamcrest.Matchers.startsWith;
#end
import static org.junit.jupiter.params.provider.Arguments.arguments;

#parse( "/archetype-resources/references-imports.vm" )
import dev.uniform.devauth.TestTokens;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
#if( !$referenceFields.isEmpty() )
import jakarta.inject.Inject;
#end
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
#if( !$referenceFields.isEmpty() )
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
#end
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ${Labels} over real HTTP against a real PostgreSQL: their fields stored as sent, every constraint of every field, the
 * unique ones, the references and the roles. What every resource does alike (ETags, If-Match, idempotency, the
 * export, 404s) is uniform-runtime's, tested there.
 */
@QuarkusTest
class ${resource}ResourceTests {

    private static final String PATH = "/${resourcePath}/{id}";

    @Test
    void shouldStoreWhatWasSentAndReadItBack() {
        Map<String, Object> sent = valid();

        long id = create(sent);

        assertSameValues(sent, given().get(PATH, id).then().statusCode(200).extract().as(Map.class));
    }

#foreach( $field in $referenceFields )
#set( $NoSuch = "No ${field.refLabel} has the identifier in ${field.name}. Create the ${field.refLabel} first,"" + "" or send the identifier of one that exists." )
    @Test
    void shouldAnswer422When${field.Name}NamesNo${field.ref}() {
        long before = ${resource}Fixtures.count();

        asEditor().contentType(ContentType.JSON)
                .body(validWith("${field.name}", Long.MAX_VALUE))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:reference-not-found"))
                .body("detail", equalTo("${NoSuch}"))
                .body("violations[0].field", equalTo("${field.name}"));
        assertThat(${resource}Fixtures.count()).isEqualTo(before);
    }

    @Test
    void shouldKeepThe${field.Name}WhenAChangeNamesNo${field.ref}() {
        long ${field.refVar} = ${field.javaMake};
        long id = create(validWith("${field.name}", ${field.refVar}));

        asEditor().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("${field.name}", Long.MAX_VALUE))
                .when()
                .patch(PATH, id)
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("${field.name}"));
        assertThat(given().get(PATH, id).then().statusCode(200).extract().jsonPath().getLong("${field.name}"))
                .isEqualTo(${field.refVar});
    }

    @Test
    void shouldNotDeleteThe${field.ref}That${field.Name}RefersTo() {
        long ${field.refVar} = ${field.javaMake};
        create(validWith("${field.name}", ${field.refVar}));

#if( $field.self )
        asEditor().header("If-Match", "*")
                .when()
                .delete(PATH, ${field.refVar})
#else
        ${field.ref}References.delete(${field.refVar})
#end
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:conflict"))
                .body("detail", startsWith("Other resources still refer to this one, so it was not deleted."));
        assertThat(given().get("${field.refPath}/{id}", ${field.refVar}).then().statusCode(200).extract().jsonPath().getLong("id"))
                .isEqualTo(${field.refVar});
    }

#end
    /** Every constraint of every field, broken once: a value, and the message that must name what is wrong. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
#set( $rows = [] )
#foreach( $field in $fieldList )
#foreach( $violation in $field.violations )
#set( $added = $rows.add("arguments(""${field.name}"", ${violation.value}, ""${violation.message}"")") )
#end
#end
#foreach( $field in $enumFields )
#set( $allowed = "" )
#foreach( $constant in $field.constants )#set( $allowed = "${allowed}${constant}" )#if( $foreach.hasNext )#set( $allowed = "${allowed}, " )#end#end
#set( $added = $rows.add("arguments(""${field.name}"", ""NOT_A_${field.CONSTANT}"", ""must be one of ${allowed}"")") )
#end
#foreach( $row in $rows )
                ${row}#if( $foreach.hasNext ),#end

#end
                );
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void shouldRefuseAnInvalidValueNamingTheField(String field, Object value, String message) {
        long before = ${resource}Fixtures.count();

        asEditor().contentType(ContentType.JSON)
                .body(validWith(field, value))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.field", everyItem(equalTo(field)))
                .body("violations.message", hasItem(message));
        assertThat(${resource}Fixtures.count()).as("stored").isEqualTo(before);
    }
#if( !$uniqueFields.isEmpty() )

    /** Each unique field, with what the problem calls it. */
    static Stream<Arguments> uniqueFields() {
        return Stream.of(#foreach( $field in $uniqueFields )arguments("${field.name}", "${field.label}")#if( $foreach.hasNext ), #end#end);
    }

    @ParameterizedTest
    @MethodSource("uniqueFields")
    void shouldAnswer409NamingTheUniqueFieldWhoseValueIsTaken(String field, String called) {
        Map<String, Object> first = valid();
        create(first);
        long second = create();
        String detail = "Another ${label} already has this " + called + "; " + field + " must be unique.";

        asEditor().contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .post("/${resourcePath}")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo(detail));
        asEditor().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .put(PATH, second)
                .then()
                .statusCode(409)
                .body("detail", equalTo(detail));
    }
#end

    @Test
    void shouldReplaceEveryField() {
        long id = create();
        Map<String, Object> replacement = valid();

        asEditor().header("If-Match", "\"0\"")
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
        Map<String, Object> patch = ${resource}Fixtures.patch();
        Map<String, Object> expected = new LinkedHashMap<>(original);
        expected.putAll(patch);

        asEditor().header("If-Match", "\"0\"")
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

        given().auth().oauth2(TestTokens.issue("reader", Set.of()))
                .contentType(ContentType.JSON)
                .body(valid())
                .post("/${resourcePath}")
                .then()
                .statusCode(403)
                .body("detail", equalTo("This operation needs the role ${resourcePath}.write, which the caller does not have."));
        given().auth().oauth2(TestTokens.issue("writer", Set.of(${resource}Roles.WRITE)))
                .header("If-Match", "*")
                .delete(PATH, id)
                .then()
                .statusCode(403);
        given().get(PATH, id).then().statusCode(200);
    }
#set( $hasSessions = false )
#parse( "/archetype-resources/cleanup.vm" )
}
