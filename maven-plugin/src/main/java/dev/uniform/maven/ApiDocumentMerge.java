package dev.uniform.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a service's recorded API document ({@code api/openapi.json}) up to date with a resource added to it: the
 * new resource's paths, tag and schemas join what is there, which is kept as it is, hand edits included. What both
 * documents define (the problem schemas, {@code LocalDate}, ...) must be the same in both, or the merge refuses.
 */
final class ApiDocumentMerge {

    /** Numbers as written: 24.50 stays 24.50, as a double would print it 24.5. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ApiDocumentMerge() {}

    /**
     * @param recorded the service's document as recorded
     * @param added the document of a service holding only the new resource, as the archetype renders it
     * @return the recorded document with the new resource's parts, printed as the service prints it
     * @throws IllegalStateException when a path or schema of the new resource already exists with another definition
     */
    static String merge(String recorded, String added) throws JsonProcessingException {
        ObjectNode document = (ObjectNode) JSON.readTree(recorded);
        JsonNode addition = JSON.readTree(added);
        List<String> clashes = new ArrayList<>();
        mergeMembers(document.withObject("/paths"), addition.path("paths"), "path", clashes);
        mergeMembers(
                document.withObject("/components").withObject("/schemas"),
                addition.path("components").path("schemas"),
                "schema",
                clashes);
        mergeTags(document, addition.path("tags"));
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("it defines " + String.join(", ", clashes) + " differently already");
        }
        return print(document);
    }

    private static void mergeMembers(ObjectNode target, JsonNode source, String kind, List<String> clashes) {
        for (Map.Entry<String, JsonNode> member : source.properties()) {
            JsonNode existing = target.get(member.getKey());
            if (existing == null) {
                target.set(member.getKey(), member.getValue());
            } else if (!existing.equals(member.getValue())) {
                clashes.add(kind + " " + member.getKey());
            }
        }
    }

    /** Each new tag before the first whose name sorts after it: in name order, as SmallRye OpenAPI lists them. */
    private static void mergeTags(ObjectNode document, JsonNode tags) {
        ArrayNode target = document.withArray("/tags");
        for (JsonNode tag : tags) {
            String name = tag.path("name").asText();
            int position = 0;
            boolean known = false;
            for (JsonNode existing : target) {
                String existingName = existing.path("name").asText();
                known |= existingName.equals(name);
                position += existingName.compareTo(name) < 0 ? 1 : 0;
            }
            if (!known) {
                target.insert(position, tag);
            }
        }
    }

    /** As Jackson's default pretty printer writes it, which is how the archetype and Quarkus write the document. */
    private static String print(JsonNode document) throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(document) + "\n";
    }
}
