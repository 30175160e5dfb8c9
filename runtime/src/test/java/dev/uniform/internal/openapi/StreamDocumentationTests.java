package dev.uniform.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.IndexView;
import org.junit.jupiter.api.Test;

/** A streamed response is documented as a binary body, its element's schema kept beside it; other bodies stay. */
class StreamDocumentationTests {

    private static final String ELEMENT = "#/components/schemas/Gadget";

    @Test
    void shouldDocumentNdjsonAndEventStreamsAsBinaryWithTheirElementSchema() {
        OpenAPI document = documentWith("application/x-ndjson", "text/event-stream", "application/json");

        new StreamDocumentation(IndexView.empty()).filterOpenAPI(document);

        for (String streamed : new String[] {"application/x-ndjson", "text/event-stream"}) {
            MediaType media = mediaType(document, streamed);
            assertThat(media.getSchema().getType()).as(streamed).containsExactly(Schema.SchemaType.STRING);
            assertThat(media.getSchema().getFormat()).as(streamed).isEqualTo("binary");
            assertThat(((Schema) media.getExtensions().get(StreamDocumentation.ITEM_SCHEMA)).getRef())
                    .as(streamed)
                    .isEqualTo(ELEMENT);
        }
        MediaType json = mediaType(document, "application/json");
        assertThat(json.getSchema().getRef()).isEqualTo(ELEMENT);
        assertThat(json.getExtensions()).isNullOrEmpty();
    }

    @Test
    void shouldLeaveAStreamAlreadyDocumentedAsOne() {
        OpenAPI document = documentWith("application/x-ndjson");
        new StreamDocumentation(IndexView.empty()).filterOpenAPI(document);

        new StreamDocumentation(IndexView.empty()).filterOpenAPI(document);

        MediaType media = mediaType(document, "application/x-ndjson");
        assertThat(((Schema) media.getExtensions().get(StreamDocumentation.ITEM_SCHEMA)).getRef())
                .isEqualTo(ELEMENT);
        assertThat(media.getSchema().getFormat()).isEqualTo("binary");
    }

    private static OpenAPI documentWith(String... mediaTypes) {
        Content content = OASFactory.createContent();
        for (String mediaType : mediaTypes) {
            content.addMediaType(
                    mediaType,
                    OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(ELEMENT)));
        }
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/gadgets/export",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse(
                                                                "200",
                                                                OASFactory.createAPIResponse()
                                                                        .content(content))))));
    }

    private static MediaType mediaType(OpenAPI document, String name) {
        return document.getPaths()
                .getPathItem("/gadgets/export")
                .getGET()
                .getResponses()
                .getAPIResponse("200")
                .getContent()
                .getMediaType(name);
    }
}
