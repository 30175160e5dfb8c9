package dev.uniform.internal.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents a streamed response as the stream it is. A resource describes its NDJSON or server-sent events with the
 * schema of one element, which is what its author knows; read as the schema of the body, it makes client generators
 * promise one object. This filter makes the body a binary stream, which generators hand over as such (a file, an
 * input stream), and keeps the element's schema next to it under {@value #ITEM_SCHEMA}, the name OpenAPI 3.2 gives it
 * ({@code itemSchema}) as an extension of 3.1. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StreamDocumentation implements OASFilter {

    /** Where the schema of one element of a stream is kept; {@code uniform-testing} checks each element against it. */
    public static final String ITEM_SCHEMA = "x-item-schema";

    /** Media types whose body is a sequence of elements, with what one element is within it. */
    private static final Map<String, String> STREAMS = Map.of(
            "application/x-ndjson",
                    "Newline-delimited JSON: one element per line, each valid against " + ITEM_SCHEMA + ".",
            "text/event-stream",
                    "Server-sent events: one event per element, its data the element as JSON, valid" + " against "
                            + ITEM_SCHEMA + ".");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(StreamDocumentation::documentStreams));
    }

    private static void documentStreams(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            response.getContent().getMediaTypes().forEach((name, mediaType) -> {
                String description = STREAMS.get(name);
                if (description != null) {
                    asStream(mediaType, description);
                }
            });
        });
    }

    private static void asStream(MediaType mediaType, String description) {
        Schema item = mediaType.getSchema();
        if (item == null
                || mediaType.getExtensions() != null
                        && mediaType.getExtensions().containsKey(ITEM_SCHEMA)) {
            return;
        }
        mediaType.addExtension(ITEM_SCHEMA, item);
        mediaType.setSchema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .format("binary")
                .description(description));
    }
}
