#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.asEditor;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static ${package}.${feature}.${resource}Fixtures.create;
import static ${package}.${feature}.${resource}Fixtures.etag;
import static ${package}.${feature}.${resource}Fixtures.valid;
import static ${package}.${feature}.${resource}Fixtures.validWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
#if( !$referenceFields.isEmpty() )
import static org.hamcrest.Matchers.startsWith;
#end
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ${package}.${feature}.api.${resource}Patch;
import com.fasterxml.jackson.databind.ObjectMapper;
#parse( "/archetype-resources/references-imports.vm" )
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
#end
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ${label} API over real HTTP against a real PostgreSQL: every operation, every constraint of every field. */
@QuarkusTest
class ${resource}ResourceTests {

    private static final String PATH = "/${resourcePath}/{id}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void shouldCreateWhatWasSentAndPointToIt() {
        Map<String, Object> sent = valid();

        Response created = asEditor().contentType(ContentType.JSON)
                .body(sent)
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .extract()
                .response();

        assertSameValues(sent, created.as(Map.class));
        assertThat(created.header("Location")).endsWith("/${resourcePath}/" + created.jsonPath().getLong("id"));
        assertSameValues(sent, given().get(created.header("Location")).then().statusCode(200).extract().as(Map.class));
    }

    @Test
    void shouldAcceptTheDocumentedCreateExampleAsItIs() throws Throwable {
        Map<String, Object> example = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths.'/${resourcePath}'.post.requestBody.content.'application/json'.examples.complete.value");
        assertThat(example).as("the documented example").isNotEmpty();
#foreach( $field in $referenceFields )
        example.put("${field.name}", ${field.javaMake});
#end
        ${resource}Fixtures.deleteWithUniqueValuesOf(sessions, example);

        Map<String, Object> created = asEditor().contentType(ContentType.JSON)
                .body(example)
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);

        assertSameValues(example, created);
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

        asEditor().header("If-Match", etag(id))
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
    @Test
    void shouldAnswer404ProblemForAnUnknownId() {
        given().when()
                .get(PATH, 99_999_999)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("${Label} 99999999 does not exist."))
                .body("instance", equalTo("/${resourcePath}/99999999"));
    }

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

    @Test
    void shouldRejectUnknownFieldsInsteadOfDroppingThem() {
        asEditor().contentType(ContentType.JSON)
                .body(validWith("colour", "red"))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
#set( $knownNames = [] )
#foreach( $field in $fieldList )#set( $added = $knownNames.add($field.name) )#end
#set( $added = $knownNames.sort($null) )
#set( $known = "" )
#foreach( $name in $knownNames )#set( $known = "${known}${name}" )#if( $foreach.hasNext )#set( $known = "${known}, " )#end#end
                .body("detail", equalTo("Unknown field 'colour'. Known fields: ${known}."));
    }
#if( !$uniqueFields.isEmpty() )

    static Stream<String> uniqueFields() {
        return Stream.of(#foreach( $field in $uniqueFields )"${field.name}"#if( $foreach.hasNext ), #end#end);
    }

    @ParameterizedTest
    @MethodSource("uniqueFields")
    void shouldAnswer409NamingTheFieldWhoseValueIsTaken(String field) {
        Map<String, Object> first = valid();
        create(first);

        asEditor().contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .when()
                .post("/${resourcePath}")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:conflict"))
                .body("detail", endsWith("; " + field + " must be unique."));
    }

    @ParameterizedTest
    @MethodSource("uniqueFields")
    void shouldAnswer409WhenAReplacementTakesAnotherOnesValue(String field) {
        Map<String, Object> first = valid();
        create(first);
        long second = create();

        asEditor().header("If-Match", etag(second))
                .contentType(ContentType.JSON)
                .body(validWith(field, first.get(field)))
                .when()
                .put(PATH, second)
                .then()
                .statusCode(409)
                .body("detail", endsWith("; " + field + " must be unique."));
        given().get(PATH, second).then().statusCode(200).body("version", equalTo(0));
    }
#end

    @Test
    void shouldReplaceEveryField() {
        long id = create();
        Map<String, Object> replacement = valid();

        Map<String, Object> replaced = asEditor().header("If-Match", etag(id))
                .contentType(ContentType.JSON)
                .body(replacement)
                .when()
                .put(PATH, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .as(Map.class);

        assertSameValues(replacement, replaced);
        assertSameValues(replacement, given().get(PATH, id).then().extract().as(Map.class));
    }

    @Test
    void shouldPatchOnlyTheGivenFields() {
        Map<String, Object> original = valid();
        long id = create(original);
        Map<String, Object> patch = ${resource}Fixtures.patch();
        Map<String, Object> expected = new LinkedHashMap<>(original);
        expected.putAll(patch);

        Map<String, Object> patched = asEditor().header("If-Match", etag(id))
                .contentType(ContentType.JSON)
                .body(patch)
                .when()
                .patch(PATH, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .as(Map.class);

        assertSameValues(expected, patched);
    }

    @Test
    void shouldAnswer404WhenChangingAnUnknownOne() {
        asEditor().header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(valid())
                .when()
                .put(PATH, 99_999_999)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        asEditor().header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(${resource}Patch.EXAMPLE)
                .when()
                .patch(PATH, 99_999_999)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldDeleteOne() {
        long id = create();

        asEditor().header("If-Match", etag(id)).when().delete(PATH, id).then().statusCode(204);

        given().when().get(PATH, id).then().statusCode(404);
        asEditor().header("If-Match", "*").when().delete(PATH, id).then().statusCode(404);
    }

    @Test
    void shouldAnswer404ProblemForANonNumericId() {
        given().when()
                .get(PATH, "abc")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:uniform:problem:not-found"))
                .body("instance", equalTo("/${resourcePath}/abc"));
    }

    @Test
    void shouldRejectAnUnknownSortField() {
        given().queryParam("sort", "colour")
                .when()
                .get("/${resourcePath}")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("sort"));
    }
#set( $hasSessions = true )
#parse( "/archetype-resources/cleanup.vm" )
}
