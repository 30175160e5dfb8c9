package dev.uniform.openapi;

import dev.uniform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error side of every operation the way the problem mappers answer it: each 4xx and 5xx response gets
 * the {@value Problem#MEDIA_TYPE} body with the {@code Problem} schema, and every operation gets its 500. Resources
 * then declare an error response with a status and a description only. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_VIOLATION = "FieldViolation";
    static final String INTERNAL_ERROR = "500";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(FIELD_VIOLATION, fieldViolationSchema());
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(ProblemResponsesFilter::documentErrors));
        }
    }

    private static void documentErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse(INTERNAL_ERROR)) {
            responses.addAPIResponse(
                    INTERNAL_ERROR,
                    OASFactory.createAPIResponse()
                            .description("Unexpected failure. It is logged; the body reveals nothing internal."));
        }
        Map<String, APIResponse> byStatus = responses.getAPIResponses();
        byStatus.forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && response.getRef() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .description("RFC 9457 problem details: what went wrong and what to change.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("Stable URI of the problem type.", "urn:uniform:problem:validation"))
                .addProperty("title", text("Short summary of the problem type.", "Request is not valid"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("HTTP status code.")
                                .examples(List.of(400)))
                .addProperty(
                        "detail",
                        text("What went wrong this time, for the caller to act on.", "Field 'price' is not valid."))
                .addProperty("instance", text("Path of the failed request.", "/products"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("Each invalid input, for validation problems.")
                                .items(OASFactory.createSchema().ref(FIELD_VIOLATION)))
                .addProperty(
                        "requestId",
                        text(
                                "Id of the failed request, as in its X-Request-Id header and the service's logs.",
                                "0f8e2c3a-5b7d-4e1f-9a6b-2c4d8e0f1a3b"));
    }

    private static Schema fieldViolationSchema() {
        return OASFactory.createSchema()
                .description("One invalid input of the request.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", text("Body property path or parameter name.", "price"))
                .addProperty(
                        "message", text("What is wrong and what a valid value looks like.", "must be greater than 0"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }
}
