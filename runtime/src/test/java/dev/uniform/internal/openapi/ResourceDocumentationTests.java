package dev.uniform.internal.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every resource does is documented once, by the kit: the test application's widget resource declares none of it,
 * and its operations still document ETag, Location, 404, 412, 428, 422, the idempotency header and the
 * representation's schema, and no service's domain shows in the kit's own examples.
 */
@QuarkusTest
class ResourceDocumentationTests {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String WIDGET = "paths.'/widgets/{id}'";

    private JsonPath document;

    @BeforeEach
    void fetchDocument() {
        document = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldMarkEveryPropertyOfARepresentationPresentAndDescribeTheSharedOnes() {
        String schema = "components.schemas.WidgetResponse";

        assertThat(document.getList(schema + ".required"))
                .containsExactly("id", "code", "size", "colour", "makerId", "createdAt", "updatedAt", "version");
        assertThat(document.getString(schema + ".properties.id.description"))
                .isEqualTo("Identifier assigned by the service.");
        assertThat(document.getString(schema + ".properties.version.description"))
                .contains("ETag", "If-Match");
        assertThat(document.getString(schema + ".properties.createdAt.description"))
                .isEqualTo("When it was created.");
        assertThat(document.getList(schema + ".properties.version.examples")).containsExactly(0);
    }

    @Test
    void shouldDescribeARepresentationAsItsRequestAndLetWhatTheRequestMayOmitBeNull() {
        String properties = "components.schemas.WidgetResponse.properties";

        assertThat(document.getString(properties + ".code.description")).isEqualTo("Code. Unique across all widgets.");
        assertThat(document.getList(properties + ".code.examples")).containsExactly("W-1");
        assertThat(document.getString(properties + ".code.type")).isEqualTo("string");
        assertThat(document.getString(properties + ".size.description")).isEqualTo("Size.");
        assertThat(document.getList(properties + ".size.type")).containsExactly("integer", "null");
        assertThat(document.getList(properties + ".colour.anyOf.'$ref'"))
                .containsExactly("#/components/schemas/WidgetColour", null);
        assertThat(document.getList(properties + ".colour.anyOf.type")).containsExactly(null, "null");
    }

    @Test
    void shouldSayWhichFieldsAListingSortsByFromItsWhitelist() {
        String sort = "paths.'/gadgets'.get.parameters.find { it.name == 'sort' }";

        assertThat(document.getString(sort + ".description"))
                .isEqualTo("Comma-separated fields among code, weight; prefix '-' for descending. Default: code.");
        assertThat(document.getString(sort + ".example")).isEqualTo("-code");
    }

    @Test
    void shouldDocumentTheVersionAndLocationOfWhatTheOperationsAnswer() {
        String created = "paths.'/widgets'.post.responses.'201'";

        assertThat(document.getMap(created + ".headers"))
                .containsOnlyKeys(
                        "Location", "ETag", "Cache-Control", "Idempotent-Replayed", "RateLimit", "RateLimit-Policy");
        assertThat(document.getString(created + ".content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/WidgetResponse");
        assertThat(document.getMap(WIDGET + ".get.responses.'200'.headers"))
                .containsOnlyKeys("ETag", "Cache-Control", "RateLimit", "RateLimit-Policy");
        assertThat(document.getString(WIDGET + ".get.responses.'200'.headers.Cache-Control.description"))
                .startsWith("no-store");
        assertThat(document.getString(WIDGET + ".get.responses.'200'.description"))
                .isEqualTo("The resource as stored.");
        assertThat(document.getMap(WIDGET + ".put.responses.'200'.headers"))
                .containsOnlyKeys("ETag", "Cache-Control", "RateLimit", "RateLimit-Policy");
    }

    @Test
    void shouldBoundEveryIntegerByItsFormatWhereNothingNarrowerIs() {
        String properties = "components.schemas.WidgetRequest.properties";

        assertThat(document.getLong(properties + ".makerId.minimum")).isEqualTo(Long.MIN_VALUE);
        assertThat(document.getLong(properties + ".makerId.maximum")).isEqualTo(Long.MAX_VALUE);
        assertThat(document.getLong(properties + ".size.maximum")).isEqualTo(Integer.MAX_VALUE);
        assertThat(document.getString(properties + ".size.minimum")).isNotEqualTo(String.valueOf(Integer.MIN_VALUE));
    }

    /**
     * A text of a request body without a maximum of its own is bounded by the body's limit (16K in the test
     * application), nested ones and list items too, and the representation's field of the same name likewise.
     */
    @Test
    void shouldBoundTheTextsOfARequestBodyByTheBodysLimit() {
        String request = "components.schemas.GadgetRequest.properties";
        assertThat(document.getInt(request + ".code.maxLength")).isEqualTo(16 * 1024);
        assertThat(document.getBoolean(request + ".code.'x-uniform-enforced'")).isTrue();
        assertThat(document.getInt(request + ".tags.items.maxLength")).isEqualTo(16 * 1024);
        assertThat(document.getInt("components.schemas.Part.properties.name.maxLength"))
                .isEqualTo(16 * 1024);
        assertThat(document.getInt("components.schemas.WidgetRequest.properties.code.maxLength"))
                .isEqualTo(40);
    }

    /**
     * Each text parameter says its longest value, as the service enforced it all along, with the mark that lets
     * ApiInventory take the new bound as compatible: the request line's length for the query (4096 by default), the
     * headers' size for a header (20K), the Idempotency-Key's own.
     */
    @Test
    void shouldDocumentTheLongestValueOfEveryTextParameter() {
        String key = "paths.'/widgets'.post.parameters.find { it.name == 'Idempotency-Key' }.schema";
        assertThat(document.getInt(key + ".minLength")).isEqualTo(1);
        assertThat(document.getInt(key + ".maxLength")).isEqualTo(255);
        assertThat(document.getString(key + ".pattern")).isEqualTo("^[\\x21-\\x7E]{1,255}$");
        assertThat(document.getBoolean(key + ".'x-uniform-enforced'")).isTrue();

        String ifMatch = WIDGET + ".put.parameters.find { it.name == 'If-Match' }.schema";
        assertThat(document.getInt(ifMatch + ".maxLength")).isEqualTo(20 * 1024);
        assertThat(document.getBoolean(ifMatch + ".'x-uniform-enforced'")).isTrue();

        String sort = "paths.'/gadgets'.get.parameters.find { it.name == 'sort' }.schema";
        assertThat(document.getInt(sort + ".maxLength")).isEqualTo(4096);
        assertThat(document.getBoolean(sort + ".'x-uniform-enforced'")).isTrue();
    }

    @Test
    void shouldDocumentThePreconditionsOfAnOperationThatTakesIfMatch() {
        for (String method : new String[] {"put", "delete"}) {
            String responses = WIDGET + "." + method + ".responses";
            assertThat(document.getString(responses + ".'412'.content.'application/problem+json'.schema.'$ref'"))
                    .as(method)
                    .isEqualTo(PROBLEM_REF);
            assertThat(document.getString(responses + ".'428'.description")).isEqualTo("If-Match is missing.");
            assertThat(document.getString(responses + ".'404'.content.'application/problem+json'.schema.'$ref'"))
                    .isEqualTo(PROBLEM_REF);
        }
        assertThat(document.getString(WIDGET + ".put.parameters.find { it.name == 'If-Match' }.description"))
                .startsWith("The ETag of the resource as last read.");
        assertThat(document.getString(WIDGET + ".get.parameters.find { it.name == 'id' }.description"))
                .isEqualTo("Identifier of the resource, as the service assigned it.");
    }

    @Test
    void shouldDocumentTheIdempotencyKeyOfACreate() {
        String create = "paths.'/widgets'.post";

        assertThat(document.getString(create + ".parameters.find { it.name == 'Idempotency-Key' }.description"))
                .startsWith("A key the client makes for this one request");
        assertThat(document.getString(create + ".responses.'422'.description"))
                .isEqualTo("The Idempotency-Key was first used with a different request.");
        assertThat(document.getString(create + ".responses.'409'.description"))
                .isEqualTo("Another widget has this code.");
    }

    @Test
    void shouldKeepWhatAResourceDocumentsItself() {
        assertThat(document.getString("paths.'/gadgets/{id}'.get.responses.'404'.description"))
                .isEqualTo("Nothing has this identifier: it never existed, or it was deleted.");
        assertThat(document.getMap("paths.'/gadgets'.post.responses.'409'")).containsKey("content");
        assertThat(document.getString("paths.'/widgets'.post.responses.'201'.description"))
                .isEqualTo("Created; the Location header holds its URL.");
        assertThat(document.getString("paths.'/widgets'.post.responses.'400'.description"))
                .startsWith("The request is not valid: its body is malformed or a field breaks a constraint");
    }

    @Test
    void shouldDocumentAnExportAsTheStreamsItsMethodsServe() {
        String content = "paths.'/widgets/export'.get.responses.'200'.content";

        assertThat(document.getMap(content)).containsOnlyKeys("application/x-ndjson", "text/event-stream");
        for (String mediaType : new String[] {"application/x-ndjson", "text/event-stream"}) {
            assertThat(document.getString(content + ".'" + mediaType + "'.'x-item-schema'.'$ref'"))
                    .as(mediaType)
                    .isEqualTo("#/components/schemas/WidgetResponse");
        }
    }

    /** What a client or gateway sizes its reads by (OWASP API4:2023): every value of a response is bounded. */
    @Test
    void shouldBoundWhatARepresentationCarries() {
        String properties = "components.schemas.WidgetResponse.properties";

        assertThat(document.getInt(properties + ".code.maxLength"))
                .as("the request's @Size")
                .isEqualTo(40);
        assertThat(document.getInt(properties + ".size.exclusiveMinimum"))
                .as("the request's @Positive")
                .isZero();
        assertThat(document.getInt(properties + ".id.minimum")).isEqualTo(1);
        assertThat(document.getLong(properties + ".id.maximum")).isEqualTo(Long.MAX_VALUE);
        assertThat(document.getInt(properties + ".version.minimum")).isZero();
        assertThat(document.getString(properties + ".createdAt.'$ref'")).isEqualTo("#/components/schemas/Instant");
        assertThat(document.getInt("components.schemas.Instant.maxLength"))
                .as("RFC 3339 with nine fraction digits and an offset")
                .isEqualTo("2026-12-07T16:20:57.123456789+05:30".length());
        String created = "paths.'/widgets'.post.responses.'201'.headers";
        assertThat(document.getInt(created + ".ETag.schema.maxLength")).isEqualTo(21);
        assertThat(document.getInt(created + ".Location.schema.maxLength")).isEqualTo(8192);
        String id = "paths.'/widgets/{id}'.get.parameters.find { it.name == 'id' }.schema";
        assertThat(document.getLong(id + ".minimum")).isEqualTo(Long.MIN_VALUE);
        assertThat(document.getLong(id + ".maximum")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void shouldBoundEveryPartOfAPageByTheConfiguredSize() {
        String properties = "components.schemas.PageGadget.properties";

        assertThat(document.getInt(properties + ".items.maxItems")).isEqualTo(100);
        assertThat(document.getInt(properties + ".size.maximum")).isEqualTo(100);
        assertThat(document.getInt(properties + ".size.minimum")).isEqualTo(1);
        assertThat(document.getLong(properties + ".totalItems.maximum")).isEqualTo(Long.MAX_VALUE);
        assertThat(document.getInt(properties + ".totalPages.maximum")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shouldMarkEveryPartOfAPageByIndexAsPresent() {
        assertThat(document.getList("components.schemas.PageGadget.required"))
                .containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
    }

    @Test
    void shouldMarkOnlyThePartsEveryPageByCursorHasAsPresentAndDocumentItsLinks() {
        assertThat(document.getList("components.schemas.CursorPageWidgetResponse.required"))
                .containsExactlyInAnyOrder("items", "size");
        assertThat(document.getMap("components.schemas.CursorPageWidgetResponse.properties"))
                .containsOnlyKeys("items", "page", "size", "next", "previous", "totalItems", "totalPages");
        assertThat(document.getString("paths.'/widgets'.get.responses.'200'.headers.Link.description"))
                .startsWith("Links to the pages beside this one (RFC 8288)");
    }

    @Test
    void shouldTakeTheProblemExamplesFromThisServiceNotAnother() {
        assertThat(document.getList("components.schemas.FieldViolation.properties.field.examples"))
                .containsExactly("size");
        assertThat(document.getList("components.schemas.Problem.properties.instance.examples"))
                .containsExactly("/gadgets");
        assertThat(document.getList("components.schemas.Problem.properties.detail.examples"))
                .containsExactly("Field 'size' is not valid.");
    }
}
