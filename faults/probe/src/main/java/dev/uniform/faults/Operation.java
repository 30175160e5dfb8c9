package dev.uniform.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operation of the document, as the fuzzer needs it: its method and path, its parameters and the example of its
 * request body.
 *
 * @param parameters each parameter: name, where ({@code path}, {@code query}, {@code header}) and schema
 * @param bodyExample a valid request body, or null when the operation takes none
 */
record Operation(String method, String path, List<Parameter> parameters, JsonNode bodyExample) {

    record Parameter(String name, String in, JsonNode schema) {}

    String name() {
        return method + " " + path;
    }

    boolean takesBody() {
        return bodyExample != null;
    }

    /** Every operation of the document, in document order. */
    static List<Operation> allOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(of(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private static Operation of(String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.path("name").asText(), parameter.path("in").asText(), parameter.path("schema")));
        }
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        JsonNode example = null;
        if (!json.isMissingNode()) {
            Iterator<JsonNode> examples = json.path("examples").elements();
            example = examples.hasNext() ? examples.next().path("value") : json.path("example");
        }
        return new Operation(method, path, parameters, example == null || example.isMissingNode() ? null : example);
    }
}
