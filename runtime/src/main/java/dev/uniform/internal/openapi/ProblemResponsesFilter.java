package dev.uniform.internal.openapi;

import dev.uniform.internal.problem.ProblemsConfig;
import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error side of every operation the way the service answers it. Resources declare the errors of their
 * own domain with a status and a description only (404, 409, 412, ...); this filter adds, once for all, the statuses
 * any operation can return whatever its code: 400 for a malformed URI, parameter or header, 406, 414 for a request line
 * and 431 for headers over the limits, 413 and 415 where there is a body, 409 for a delete that other resources' rows
 * still refer to, 500, and 503 with Retry-After while the database is unavailable. Each 4xx and 5xx response gets the {@value Problem#MEDIA_TYPE} body with the {@code Problem}
 * schema. A response header declared without a schema gets a string schema. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_VIOLATION = "FieldViolation";
    static final String INTERNAL_ERROR = "500";

    /**
     * What Quarkus writes for a response it adds on its own (a 400 where a parameter or body is validated): no
     * resource's own words, so this filter's win.
     */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Bad Request");

    /** The examples' invalid input: a page size of 0, which every paged listing of every service refuses alike. */
    private static final String EXAMPLE_FIELD = "size";

    /** What any operation can answer, by status; an operation's own description of a status wins. */
    private static final Map<String, String> EVERY_OPERATION = orderedMap(
            "400",
            "The request is not valid: its URI, a parameter or a header is malformed or out of range. The problem names"
                    + " what to change.",
            "406",
            "The Accept header allows none of the media types this operation answers with.",
            "414",
            "The request line, query string included, is longer than this service accepts.",
            "431",
            "The request's headers together are larger than this service accepts.",
            INTERNAL_ERROR,
            "Unexpected failure. It is logged; the body reveals nothing internal.",
            "503",
            "The database cannot be reached, or did not answer in time. Retry after the seconds Retry-After gives.");

    /** What operations with a request body can also answer; the 400 says more than for operations without one. */
    private static final Map<String, String> WITH_BODY = orderedMap(
            "400",
            "The request is not valid: its body is malformed or a field breaks a constraint, or its URI, a parameter or"
                    + " a header is. The problem names each field or parameter to change.",
            "413",
            "The request body is larger than this service accepts.",
            "415",
            "The Content-Type of the request is not one this operation reads.");

    /**
     * What a delete can also answer: a foreign key of another table refuses it while rows there refer to the one
     * deleted (ProblemMappers answers 409 whatever the resource's code).
     */
    private static final Map<String, String> DELETE = orderedMap(
            "409",
            "Other resources still refer to this one; nothing was deleted. Delete them, or change them to refer to"
                    + " another, first.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(FIELD_VIOLATION, fieldViolationSchema());
        openAPI.getComponents().addSchema(PROBLEM, problemSchema(firstPathOf(openAPI)));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(ProblemResponsesFilter::documentErrors);
        }
    }

    private static void documentErrors(PathItem item) {
        item.getOperations()
                .forEach((method, operation) -> documentErrors(operation, method == PathItem.HttpMethod.DELETE));
    }

    private static void documentErrors(Operation operation, boolean delete) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (delete) {
            DELETE.forEach((status, description) -> addIfAbsent(responses, status, description));
        }
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> addIfAbsent(responses, status, description));
        }
        EVERY_OPERATION.forEach((status, description) -> addIfAbsent(responses, status, description));
        responses.getAPIResponses().forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && response.getRef() == null) {
                response.setContent(problemContent());
            }
            if (status.equals("503")) {
                response.addHeader(HttpHeaders.RETRY_AFTER, retryAfterHeader());
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach(ProblemResponsesFilter::giveSchema);
            }
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (GENERATED_DESCRIPTIONS.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    /**
     * A header a resource declared with a description only: its value is a string, as every header's is; a Location,
     * one of the service's URLs, has their length.
     */
    private static void giveSchema(String name, Header header) {
        if (header.getRef() == null && header.getSchema() == null) {
            header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        if (name.equalsIgnoreCase(HttpHeaders.LOCATION)
                && header.getSchema() != null
                && header.getSchema().getMaxLength() == null) {
            header.getSchema().setMaxLength(ResourceDocumentation.URL_LENGTH);
        }
    }

    static Header retryAfterHeader() {
        return OASFactory.createHeader()
                .description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(ProblemsConfig.MAX_RETRY_AFTER_SECONDS))
                        .examples(List.of(5)));
    }

    private static Map<String, String> orderedMap(String... statusThenDescription) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusThenDescription.length; i += 2) {
            map.put(statusThenDescription[i], statusThenDescription[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /**
     * A path of this service's own, for the examples: a paged listing's, since the examples are a refused page size.
     * A service's examples then name nothing of another's.
     */
    private static String firstPathOf(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return "/";
        }
        return openAPI.getPaths().getPathItems().entrySet().stream()
                .filter(path -> path.getValue().getGET() != null
                        && path.getValue().getGET().getParameters() != null
                        && path.getValue().getGET().getParameters().stream()
                                .anyMatch(parameter -> EXAMPLE_FIELD.equals(parameter.getName())))
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElse("/");
    }

    private static Schema problemSchema(String examplePath) {
        return OASFactory.createSchema()
                .description("RFC 9457 problem details: what went wrong and what to change.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        text(
                                "Stable URI of the problem type.",
                                "urn:uniform:problem:validation",
                                Problem.MAX_NAME_LENGTH))
                .addProperty(
                        "title",
                        text("Short summary of the problem type.", "Request is not valid", Problem.MAX_NAME_LENGTH))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599))
                                .description("HTTP status code.")
                                .examples(List.of(400)))
                .addProperty(
                        "detail",
                        text(
                                "What went wrong this time, for the caller to act on.",
                                "Field '" + EXAMPLE_FIELD + "' is not valid.",
                                Problem.MAX_TEXT_LENGTH))
                .addProperty("instance", text("Path of the failed request.", examplePath, Problem.MAX_TEXT_LENGTH))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("Each invalid input, for validation problems; the first "
                                        + Problem.MAX_VIOLATIONS + " when there are more.")
                                .maxItems(Problem.MAX_VIOLATIONS)
                                .items(OASFactory.createSchema().ref(FIELD_VIOLATION)))
                .addProperty(
                        "requestId",
                        text(
                                "Id of the failed request, as in its X-Request-Id header and the service's logs.",
                                "0f8e2c3a-5b7d-4e1f-9a6b-2c4d8e0f1a3b",
                                Problem.MAX_REQUEST_ID_LENGTH));
    }

    private static Schema fieldViolationSchema() {
        return OASFactory.createSchema()
                .description("One invalid input of the request.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty(
                        "field",
                        text("Body property path or parameter name.", EXAMPLE_FIELD, FieldViolation.MAX_FIELD_LENGTH))
                .addProperty(
                        "message",
                        text(
                                "What is wrong and what a valid value looks like.",
                                "must be greater than 0",
                                FieldViolation.MAX_MESSAGE_LENGTH));
    }

    private static Schema text(String description, String example, int maxLength) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .maxLength(maxLength)
                .description(description)
                .examples(List.of(example));
    }
}
