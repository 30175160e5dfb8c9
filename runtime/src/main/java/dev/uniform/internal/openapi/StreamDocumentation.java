package dev.uniform.internal.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.IndexView;

/**
 * Documents a streamed response as the stream it is. A resource describes its NDJSON or server-sent events with the
 * schema of one element, which is what its author knows; read as the schema of the body, it makes client generators
 * promise one object. This filter makes the body a binary stream, which generators hand over as such (a file, an
 * input stream), and keeps the element's schema next to it under {@value #ITEM_SCHEMA}, the name OpenAPI 3.2 gives it
 * ({@code itemSchema}) as an extension of 3.1. A stream that another method of the same path serves as server-sent
 * events (hidden from the document, as one operation has one entry) is documented with that media type too, with the
 * same element. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StreamDocumentation implements OASFilter {

    private static final String NDJSON = "application/x-ndjson";
    private static final String EVENTS = "text/event-stream";

    /** Where the schema of one element of a stream is kept; {@code uniform-testing} checks each element against it. */
    public static final String ITEM_SCHEMA = "x-item-schema";

    /** Media types whose body is a sequence of elements, with what one element is within it. */
    private static final Map<String, String> STREAMS = Map.of(
            NDJSON, "Newline-delimited JSON: one element per line, each valid against " + ITEM_SCHEMA + ".",
            EVENTS,
                    "Server-sent events: one event per element, its data the element as JSON, valid" + " against "
                            + ITEM_SCHEMA + ".");

    /** The media types the methods of each path produce, by {@code METHOD /path}. */
    private final Map<String, Set<String>> produced;

    /** The schema of one element of what the methods of each path stream, by {@code METHOD /path}. */
    private final Map<String, String> elements;

    /**
     * Made by Quarkus when it builds the document, with the application's index.
     *
     * @param index the classes of the application, among them the resources whose methods produce streams
     */
    public StreamDocumentation(IndexView index) {
        this.produced = ResourceMethods.mediaTypesProduced(index);
        this.elements = ResourceMethods.streamElements(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    Set<String> mediaTypes = ResourceMethods.find(produced, method.name(), path);
                    String element = ResourceMethods.find(elements, method.name(), path);
                    if (mediaTypes != null && element != null) {
                        addStreams(operation, mediaTypes, element);
                    }
                    documentStreams(operation);
                }));
    }

    /**
     * Each stream the methods of the operation's path serve, with the element one of them sends, where the success
     * response does not document it: an NDJSON export written in chunks, and its hidden twin that sends events.
     */
    private static void addStreams(Operation operation, Set<String> mediaTypes, String element) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent());
            }
            for (String mediaType : List.of(NDJSON, EVENTS)) {
                MediaType declared = response.getContent().getMediaType(mediaType);
                if (mediaTypes.contains(mediaType) && !namesItsElement(declared)) {
                    response.getContent()
                            .addMediaType(
                                    mediaType,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref(element)));
                }
            }
        });
    }

    /**
     * Whether a resource documented the element of a stream itself, rather than SmallRye guessing the body from what
     * the method returns (the bytes of an NDJSON chunk).
     */
    private static boolean namesItsElement(MediaType declared) {
        return declared != null
                && (declared.getSchema() != null && declared.getSchema().getRef() != null
                        || declared.getExtensions() != null
                                && declared.getExtensions().containsKey(ITEM_SCHEMA));
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
