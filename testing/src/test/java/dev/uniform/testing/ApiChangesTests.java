package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of difference between a recorded and a served API, judged as a client of the recorded one sees it. */
class ApiChangesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A small API in the shape SmallRye writes: a listing with a query parameter, a create whose body is a request
     * schema, and a read whose response schema is shared with the create's response.
     */
    private static final String RECORDED = """
            {"openapi":"3.1.0","info":{"title":"Things","version":"1"},
             "paths":{
              "/things":{
               "get":{"operationId":"listThings","tags":["Things"],
                "parameters":[{"name":"name","in":"query","schema":{"type":"string","maxLength":100}}],
                "responses":{"200":{"description":"A page.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}},
               "post":{"operationId":"createThing","tags":["Things"],
                "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ThingRequest"}}}},
                "responses":{"201":{"description":"Created.","headers":{"ETag":{"schema":{"type":"string"}}},
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                 "409":{"description":"Taken."}},
                "security":[{"jwt":["things.write"]}]}}},
             "components":{"schemas":{
              "Colour":{"type":"string","enum":["RED","BLUE"]},
              "ThingRequest":{"type":"object","required":["name"],"properties":{
                "name":{"type":"string","maxLength":80,"description":"Name."},
                "colour":{"$ref":"#/components/schemas/Colour"},
                "size":{"type":"integer","format":"int32","minimum":1}}},
              "Thing":{"type":"object","required":["id","name"],"properties":{
                "id":{"type":"integer","format":"int64"},
                "name":{"type":"string"},
                "colour":{"$ref":"#/components/schemas/Colour"}}}}}}
            """;

    @Test
    void shouldFindNothingInTheSameDocument() {
        assertThat(ApiChanges.between(recorded(), recorded())).isEmpty();
    }

    @Test
    void shouldCallNewOperationsResponsesAndOptionalInputCompatible() {
        List<ApiChanges.Change> changes = changes(served -> {
            object(served, "/paths").set("/things/{id}", JSON.createObjectNode().set("get", JSON.createObjectNode()));
            array(served, "/paths/~1things/get/parameters")
                    .addObject()
                    .put("name", "colour")
                    .put("in", "query");
            object(served, "/paths/~1things/post/responses").putObject("422").put("description", "Reused key.");
            object(served, "/paths/~1things/post/responses/201/headers").putObject("Location");
            object(served, "/components/schemas/ThingRequest/properties").putObject("note");
            object(served, "/components/schemas/Thing/properties").putObject("createdAt");
            array(served, "/components/schemas/Thing/required").add("colour");
        });

        assertThat(changes).isNotEmpty().noneMatch(ApiChanges.Change::breaking);
        assertThat(changes)
                .extracting(ApiChanges.Change::what)
                .contains(
                        "GET /things/{id} is new",
                        "parameter query colour is new",
                        "response 422 is new",
                        "response header Location is new",
                        "property note is new",
                        "colour is now required");
    }

    @Test
    void shouldCallRemovalsAndRenamesBreaking() {
        assertBreaking(served -> object(served, "/paths/~1things").remove("get"), "GET /things is gone");
        assertBreaking(
                served -> object(served, "/paths/~1things/post").put("operationId", "makeThing"),
                "operationId changed: generated clients name their method by it");
        assertBreaking(
                served -> object(served, "/components/schemas/Thing/properties").remove("colour"),
                "property colour is gone");
        assertBreaking(
                served -> object(served, "/paths/~1things/post/responses/201/headers")
                        .remove("ETag"),
                "response header ETag is gone");
        assertBreaking(
                served -> object(served, "/paths/~1things/get").remove("parameters"),
                "parameter query name is gone: clients that send it are refused");
    }

    @Test
    void shouldCallInputRefusedThatWasAcceptedBreaking() {
        assertBreaking(
                served -> array(served, "/components/schemas/ThingRequest/required")
                        .add("size"),
                "size is now required");
        assertBreaking(
                served -> object(served, "/components/schemas/ThingRequest/properties/name")
                        .put("maxLength", 40),
                "maxLength 80 is now 40");
        assertBreaking(
                served -> object(served, "/components/schemas/ThingRequest/properties/size")
                        .put("minimum", 2),
                "minimum 1 is now 2");
        assertBreaking(
                served -> object(served, "/components/schemas/ThingRequest/properties/name")
                        .put("pattern", "\\S"),
                "pattern changed");
        assertBreaking(
                served -> array(served, "/paths/~1things/get/parameters")
                        .addObject()
                        .put("name", "kind")
                        .put("in", "query")
                        .put("required", true),
                "parameter query kind is new and required");
        assertBreaking(
                served -> object(served, "/paths/~1things/post")
                        .putArray("security")
                        .addObject()
                        .putArray("jwt")
                        .add("things.admin"),
                "needs jwt[things.admin] instead of jwt[things.write]");
    }

    @Test
    void shouldCallTheLengthADateTimeAlwaysHadCompatibleOnInput() {
        ObjectNode committed = recorded();
        object(committed, "/components/schemas/ThingRequest/properties")
                .putObject("due")
                .put("type", "string")
                .put("format", "date-time");
        ObjectNode served = committed.deepCopy();
        ObjectNode due = object(served, "/components/schemas/ThingRequest/properties/due");

        due.put("maxLength", 35);
        assertThat(ApiChanges.between(committed, served)).singleElement().satisfies(change -> {
            assertThat(change.breaking()).isFalse();
            assertThat(change.what()).isEqualTo("maxLength 35 is what format \"date-time\" allows");
        });
        due.put("maxLength", 20);
        assertThat(ApiChanges.between(committed, served))
                .singleElement()
                .satisfies(change -> assertThat(change.breaking()).isTrue());
    }

    @Test
    void shouldCallABoundTheServiceAlwaysEnforcedCompatibleOnlyWhereItIsNew() {
        ObjectNode committed = recorded();
        object(committed, "/paths/~1things/post")
                .putArray("parameters")
                .addObject()
                .put("name", "Idempotency-Key")
                .put("in", "header")
                .putObject("schema")
                .put("type", "string");
        ObjectNode served = committed.deepCopy();
        ObjectNode key = object(served, "/paths/~1things/post/parameters/0/schema");

        key.put("minLength", 1).put("maxLength", 255).put("pattern", "^[\\x21-\\x7E]{1,255}$");
        assertThat(ApiChanges.between(committed, served))
                .filteredOn(ApiChanges.Change::breaking)
                .extracting(ApiChanges.Change::what)
                .containsExactlyInAnyOrder("minLength 1 is new", "maxLength 255 is new", "pattern changed");

        key.put("x-uniform-enforced", true);
        assertThat(ApiChanges.between(committed, served)).hasSize(4).noneMatch(ApiChanges.Change::breaking);

        ObjectNode tightened = served.deepCopy();
        object(tightened, "/paths/~1things/post/parameters/0/schema").put("maxLength", 100);
        assertThat(ApiChanges.between(served, tightened)).singleElement().satisfies(change -> {
            assertThat(change.breaking()).isTrue();
            assertThat(change.what()).isEqualTo("maxLength 255 is now 100");
        });
    }

    @Test
    void shouldJudgeSharedResponseHeadersAsAResponsesOwn() {
        ObjectNode committed = recorded();
        ObjectNode served = committed.deepCopy();
        object(served, "/components")
                .putObject("headers")
                .putObject("RateLimit")
                .putObject("schema")
                .put("type", "string")
                .put("maxLength", 64);
        object(served, "/paths/~1things/post/responses/201/headers")
                .putObject("RateLimit")
                .put("$ref", "#/components/headers/RateLimit");
        assertThat(ApiChanges.between(committed, served)).isNotEmpty().noneMatch(ApiChanges.Change::breaking);

        ObjectNode gone = served.deepCopy();
        object(gone, "/components/headers").remove("RateLimit");
        assertThat(ApiChanges.between(served, gone))
                .filteredOn(ApiChanges.Change::breaking)
                .extracting(ApiChanges.Change::what)
                .containsExactly("response header RateLimit is gone");
    }

    @Test
    void shouldCallTheLengthOfAUuidCompatibleOnInput() {
        ObjectNode committed = recorded();
        object(committed, "/components/schemas/ThingRequest/properties")
                .putObject("ref")
                .put("$ref", "#/components/schemas/UUID")
                .put("type", "string");
        ObjectNode served = committed.deepCopy();

        object(served, "/components/schemas/ThingRequest/properties/ref").put("maxLength", 36);
        assertThat(ApiChanges.between(committed, served)).singleElement().satisfies(change -> {
            assertThat(change.breaking()).isFalse();
            assertThat(change.what()).isEqualTo("maxLength 36 is what format \"uuid\" allows");
        });
    }

    @Test
    void shouldCallTheRangeOfAnIntegerFormatCompatibleOnInput() {
        ObjectNode committed = recorded();
        object(committed, "/components/schemas/ThingRequest/properties/size").remove("minimum");
        ObjectNode served = committed.deepCopy();
        ObjectNode size = object(served, "/components/schemas/ThingRequest/properties/size");

        size.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        assertThat(ApiChanges.between(committed, served)).hasSize(2).noneMatch(ApiChanges.Change::breaking);
        size.put("maximum", 1000);
        assertThat(ApiChanges.between(committed, served))
                .filteredOn(ApiChanges.Change::breaking)
                .extracting(ApiChanges.Change::what)
                .containsExactly("maximum 1000 is new");
    }

    @Test
    void shouldCallInt32AddedToAnIntegerCompatibleAndAnyOtherFormatBreaking() {
        ObjectNode committed = recorded();
        object(committed, "/components/schemas/ThingRequest/properties/size").remove("format");
        ObjectNode served = committed.deepCopy();
        ObjectNode size = object(served, "/components/schemas/ThingRequest/properties/size");

        size.put("format", "int32");
        assertThat(ApiChanges.between(committed, served))
                .singleElement()
                .satisfies(change -> assertThat(change.breaking()).isFalse());
        size.put("format", "int64");
        assertThat(ApiChanges.between(committed, served))
                .singleElement()
                .satisfies(change -> assertThat(change.breaking()).isTrue());
    }

    @Test
    void shouldCallLimitsLoosenedOnInputCompatible() {
        List<ApiChanges.Change> changes = changes(served -> {
            object(served, "/components/schemas/ThingRequest/properties/name").put("maxLength", 120);
            object(served, "/components/schemas/ThingRequest/properties/size").remove("minimum");
            object(served, "/components/schemas/ThingRequest").putArray("required");
            object(served, "/paths/~1things/post").remove("security");
        });

        assertThat(changes).hasSize(4).noneMatch(ApiChanges.Change::breaking);
    }

    /** A service that starts taking API keys beside tokens: callers with tokens go on as before. */
    @Test
    void shouldCallAnotherWayInCompatibleAndAWayTakenAwayBreaking() {
        List<ApiChanges.Change> added = changes(served -> {
            object(served, "/components")
                    .putObject("securitySchemes")
                    .putObject("ApiKey")
                    .put("type", "apiKey");
            array(served, "/paths/~1things/post/security")
                    .addObject()
                    .putArray("ApiKey")
                    .add("things.write");
        });

        assertThat(added)
                .extracting(ApiChanges.Change::what)
                .containsExactlyInAnyOrder("security scheme ApiKey is new", "also accepts ApiKey[things.write]");
        assertThat(added).noneMatch(ApiChanges.Change::breaking);
        assertBreaking(
                served -> {
                    array(served, "/paths/~1things/post/security").removeAll();
                    array(served, "/paths/~1things/post/security")
                            .addObject()
                            .putArray("ApiKey")
                            .add("things.write");
                },
                "needs ApiKey[things.write] instead of jwt[things.write]");
        assertBreaking(
                served -> object(served, "/paths/~1things/post/security/0")
                        .putArray("ApiKey")
                        .add("things.write"),
                "needs ApiKey[things.write] and jwt[things.write] instead of jwt[things.write]");
    }

    @Test
    void shouldJudgeAnEnumBothWaysWhereRequestsAndResponsesShareIt() {
        // Colour is sent in ThingRequest and received in Thing: a new value is more a client must understand.
        assertBreaking(
                served -> array(served, "/components/schemas/Colour/enum").add("GREEN"), "value GREEN is new");
        assertBreaking(
                served -> array(served, "/components/schemas/Colour/enum").remove(0), "value RED is gone");
    }

    @Test
    void shouldJudgeRequiredOutputByWhatAClientCountsOn() {
        assertBreaking(
                served -> array(served, "/components/schemas/Thing/required").remove(1), "name is no longer required");
    }

    @Test
    void shouldCallRewordedDocumentationCompatible() {
        List<ApiChanges.Change> changes = changes(served -> {
            object(served, "/components/schemas/ThingRequest/properties/name").put("description", "Its name.");
            object(served, "/paths/~1things/post/responses/409").put("description", "Its name is taken.");
            object(served, "/info").put("description", "Things and more.");
        });

        assertThat(changes).hasSize(3).noneMatch(ApiChanges.Change::breaking);
        assertThat(changes.get(0).pointer()).isEqualTo("/info/description");
    }

    @Test
    void shouldCallWhatItHasNoRuleForBreaking() {
        assertBreaking(
                served -> object(served, "/components/schemas/ThingRequest/properties/size")
                        .put("default", 3),
                "added");
        assertBreaking(
                served -> object(served, "/components/schemas/Thing/properties/id")
                        .put("format", "int32"),
                "format changed");
    }

    private static void assertBreaking(Consumer<ObjectNode> change, String what) {
        List<ApiChanges.Change> changes = changes(change);

        assertThat(changes)
                .filteredOn(ApiChanges.Change::breaking)
                .extracting(ApiChanges.Change::what)
                .contains(what);
    }

    private static List<ApiChanges.Change> changes(Consumer<ObjectNode> change) {
        ObjectNode served = recorded();
        change.accept(served);
        return ApiChanges.between(recorded(), served);
    }

    private static ObjectNode recorded() {
        try {
            return (ObjectNode) JSON.readTree(RECORDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode array(JsonNode document, String pointer) {
        return (com.fasterxml.jackson.databind.node.ArrayNode) document.at(pointer);
    }
}
