package dev.uniform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What an OpenAPI 3.1 document promises about responses, checked against responses received: the status must be one
 * the operation documents, the media type one documented for that status (or no body where none is documented), and a
 * JSON body, or each line of an NDJSON body, valid against the documented schema (for a stream, the schema of one
 * element, {@code x-item-schema}) by JSON Schema 2020-12, the dialect of OpenAPI 3.1. Responses to requests the document does not describe (another path or method) are not judged.
 */
public final class OpenApiContract {

    /** The IRI the document is registered under, so that its {@code $ref}s to {@code #/components/...} resolve. */
    private static final String DOCUMENT_IRI = "urn:uniform:openapi";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";
    private static final String ITEM_SCHEMA = "x-item-schema";

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<PathTemplate> paths;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document, String text) {
        this.document = document;
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, registry -> registry.schemas(Map.of(DOCUMENT_IRI, text)));
        this.paths = PathTemplate.allOf(document.path("paths"));
    }

    /**
     * The contract of a document given as JSON text.
     *
     * @param documentJson the OpenAPI 3.1 document, such as the committed {@code api/openapi.json}
     * @return the contract, meant to be shared: each schema is compiled once, when a response first needs it
     * @throws IllegalArgumentException when {@code documentJson} is not JSON
     */
    public static OpenApiContract of(String documentJson) {
        try {
            return new OpenApiContract(JSON.readTree(documentJson), documentJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
    }

    /**
     * The judgement of one response.
     *
     * @param described whether the document describes the request's path and method; if not, nothing was checked
     * @param violations what the response does wrong, each naming the operation and status; empty when nothing
     */
    public record Verdict(boolean described, List<String> violations) {

        /**
         * Whether the response is one the document allows; true too when the document does not describe the request.
         *
         * @return true when {@code violations} is empty
         */
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /**
     * Judges a response.
     *
     * @param method the request's method, such as {@code GET}
     * @param path the request's path, without query string, such as {@code /products/7}
     * @param status the response's status
     * @param contentType the response's Content-Type header, or null
     * @param body the response's body as text, empty when it has none
     * @return the verdict; not {@code described}, and so valid, when the document has no such path and method
     */
    public Verdict check(String method, String path, int status, String contentType, String body) {
        Optional<PathTemplate> template = paths.stream()
                .filter(candidate -> candidate.matches(path))
                .min(Comparator.comparingInt(PathTemplate::variables));
        JsonNode operation = template.map(
                        found -> document.path("paths").path(found.template()).path(method.toLowerCase(Locale.ROOT)))
                .orElse(JSON.missingNode());
        if (operation.isMissingNode()) {
            return new Verdict(false, List.of());
        }
        String where = method + " " + template.get().template() + " answered " + status;
        List<String> violations = new ArrayList<>();
        Optional<String> documentedStatus = documentedStatus(operation.path("responses"), status);
        if (documentedStatus.isEmpty()) {
            violations.add(where + ", a status the document does not list for it");
            return new Verdict(true, violations);
        }
        String responsePointer = "/paths/" + escape(template.get().template()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + escape(documentedStatus.get());
        JsonNode content =
                operation.path("responses").path(documentedStatus.get()).path("content");
        checkBody(where, responsePointer, content, contentType, body, violations);
        return new Verdict(true, violations);
    }

    private void checkBody(
            String where,
            String responsePointer,
            JsonNode content,
            String contentType,
            String body,
            List<String> violations) {
        boolean hasBody = body != null && !body.isBlank();
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                violations.add(where + " with a body, where the document gives none");
            }
            return;
        }
        if (!hasBody) {
            violations.add(where + " without a body, where the document gives " + fieldNames(content));
            return;
        }
        String mediaType = mediaTypeOf(contentType);
        if (!content.has(mediaType)) {
            violations.add(where + " with " + mediaType + ", where the document gives " + fieldNames(content));
            return;
        }
        String mediaTypePointer = responsePointer + "/content/" + escape(mediaType);
        if (mediaType.equals(NDJSON)) {
            // A stream: each line is one element, whose schema OpenAPI 3.2 calls itemSchema (an extension in 3.1).
            String itemPointer = content.path(mediaType).has(ITEM_SCHEMA)
                    ? mediaTypePointer + "/" + ITEM_SCHEMA
                    : mediaTypePointer + "/schema";
            body.lines()
                    .filter(line -> !line.isBlank())
                    .forEach(line -> validate(where + ", line", itemPointer, line, violations));
            return;
        }
        if (!content.path(mediaType).has("schema")) {
            return;
        }
        String schemaPointer = mediaTypePointer + "/schema";
        if (mediaType.endsWith("json")) {
            validate(where + ", body", schemaPointer, body, violations);
        }
    }

    private void validate(String where, String schemaPointer, String json, List<String> violations) {
        JsonNode instance;
        try {
            instance = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            violations.add(where + " is not JSON: " + json);
            return;
        }
        Schema schema = compiled.computeIfAbsent(
                schemaPointer, pointer -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
        for (Error error : schema.validate(instance)) {
            violations.add(where + " " + error.getMessage() + " in " + json);
        }
    }

    /** The key of the operation's responses that covers this status: itself, its class ({@code 4XX}) or default. */
    private static Optional<String> documentedStatus(JsonNode responses, int status) {
        String exact = String.valueOf(status);
        String range = (status / 100) + "XX";
        for (String candidate : List.of(exact, range, "default")) {
            if (responses.has(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** A JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A path of the document, such as {@code /products/{id}}, as the paths it stands for. */
    private record PathTemplate(String template, Pattern pattern, int variables) {

        static List<PathTemplate> allOf(JsonNode paths) {
            List<PathTemplate> templates = new ArrayList<>();
            for (String template : fieldNames(paths)) {
                String regex = Pattern.quote(template).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
                int variables = (int) template.chars().filter(c -> c == '{').count();
                templates.add(new PathTemplate(template, Pattern.compile(regex), variables));
            }
            return templates;
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
