package dev.uniform.internal.openapi;

import dev.uniform.paging.SortField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;

/**
 * Says which fields a listing's {@code sort} takes, from the whitelist it is sorted by: the {@link SortField} enum whose
 * fields are all properties of the items listed. Its first constant is the default order. Where no enum, or more than
 * one, fits the items, the parameter keeps the general description.
 */
public final class SortDocumentation {

    /** What {@code PageParameters} says of {@code sort} before a listing's own fields are known. */
    public static final String GENERAL =
            "Comma-separated sort fields, each optionally prefixed with '-' for descending order.";

    private static final DotName SORT_FIELD = DotName.createSimple(SortField.class);
    private static final String SCHEMAS = "#/components/schemas/";

    /** The API names of each whitelist's fields, in their order. */
    private final List<List<String>> whitelists;

    private SortDocumentation(List<List<String>> whitelists) {
        this.whitelists = whitelists;
    }

    static SortDocumentation of(IndexView index) {
        List<List<String>> whitelists = new ArrayList<>();
        for (ClassInfo type : index.getAllKnownImplementations(SORT_FIELD)) {
            // A whitelist that names its fields itself (apiName overridden) is known only when it runs.
            if (type.isEnum() && type.firstMethod("apiName") == null) {
                whitelists.add(type.enumConstants().stream()
                        .map(FieldInfo::name)
                        .map(SortDocumentation::apiName)
                        .toList());
            }
        }
        return new SortDocumentation(List.copyOf(whitelists));
    }

    void document(OpenAPI openAPI, Map<String, Schema> schemas) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation listing = item.getGET();
            if (listing == null || listing.getParameters() == null) {
                return;
            }
            listing.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.QUERY && "sort".equals(parameter.getName()))
                    .filter(parameter -> GENERAL.equals(parameter.getDescription()))
                    .forEach(parameter -> describe(parameter, itemsOf(listing, schemas)));
        });
    }

    private void describe(Parameter sort, Schema items) {
        if (items == null || items.getProperties() == null) {
            return;
        }
        List<List<String>> fitting = whitelists.stream()
                .filter(fields -> items.getProperties().keySet().containsAll(fields))
                .toList();
        if (fitting.size() != 1) {
            return;
        }
        List<String> fields = fitting.get(0);
        sort.setDescription("Comma-separated fields among " + String.join(", ", fields)
                + "; prefix '-' for descending. Default: " + fields.get(0) + ".");
        sort.setExample("-" + (fields.contains("createdAt") ? "createdAt" : fields.get(0)));
    }

    /** The schema of the items of the page a listing answers with. */
    private static Schema itemsOf(Operation listing, Map<String, Schema> schemas) {
        if (listing.getResponses() == null || listing.getResponses().getAPIResponse("200") == null) {
            return null;
        }
        Content content = listing.getResponses().getAPIResponse("200").getContent();
        Schema page = content == null || content.getMediaType("application/json") == null
                ? null
                : resolve(content.getMediaType("application/json").getSchema(), schemas);
        Schema items = page == null || page.getProperties() == null
                ? null
                : page.getProperties().get("items");
        return items == null ? null : resolve(items.getItems(), schemas);
    }

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getRef() == null) {
            return schema;
        }
        return schema.getRef().startsWith(SCHEMAS) ? schemas.get(schema.getRef().substring(SCHEMAS.length())) : null;
    }

    /** {@code CREATED_AT} as {@code createdAt}, as {@link SortField#apiName()} names it by default. */
    private static String apiName(String constant) {
        StringBuilder camel = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(
                    camel.isEmpty() || word.isEmpty()
                            ? word
                            : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }
}
