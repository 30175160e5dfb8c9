package dev.uniform.internal.openapi;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the longest text of a request body's field that names none (a generated {@code Text} field without a
 * maximum, say): the body's own limit, {@code quarkus.http.limits.max-body-size}, beyond which the service answers a
 * 413 problem, bounds every string in it, as each character takes a byte at least. A representation's field of the
 * same name gets the same bound, its values having come in such bodies. Each is marked
 * {@value InputLimitsDocumentation#ENFORCED}: the bound held before the document said so. Runs when the service
 * starts, with the limit it runs with, after the representations are documented.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class BodyLimits implements OASFilter {

    private static final String JSON = "application/json";
    private static final String SCHEMAS = "#/components/schemas/";
    /** Quarkus's own default. */
    private static final String DEFAULT_BODY_SIZE = "10240K";

    private final int maxBodyChars = (int) Math.min(
            Integer.MAX_VALUE,
            new MemorySizeConverter()
                    .convert(ConfigProvider.getConfig()
                            .getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                            .orElse(DEFAULT_BODY_SIZE))
                    .asLongValue());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> bound(operation, schemas)));
    }

    private void bound(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null) {
            return;
        }
        Schema request = component(operation.getRequestBody().getContent(), schemas);
        if (request == null || request.getProperties() == null) {
            return;
        }
        boundTexts(request, schemas, new HashSet<>());
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            Schema representation = status.startsWith("2") ? component(response.getContent(), schemas) : null;
            if (representation != null && representation.getProperties() != null) {
                representation.getProperties().forEach((name, property) -> {
                    Schema sent = request.getProperties().get(name);
                    if (sent != null
                            && Boolean.TRUE.equals(extension(sent))
                            && InputLimitsDocumentation.isUnboundedText(property)) {
                        property.setMaxLength(sent.getMaxLength());
                        property.addExtension(InputLimitsDocumentation.ENFORCED, true);
                    }
                });
            }
        });
    }

    /** Every text the schema holds, in its properties and items at any depth, each component once. */
    private void boundTexts(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(SCHEMAS) ? schema.getRef().substring(SCHEMAS.length()) : null;
            if (name != null && seen.add(name)) {
                boundTexts(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (InputLimitsDocumentation.isUnboundedText(schema)) {
            schema.setMaxLength(maxBodyChars);
            schema.addExtension(InputLimitsDocumentation.ENFORCED, true);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> boundTexts(property, schemas, seen));
        }
        boundTexts(schema.getItems(), schemas, seen);
    }

    private static Object extension(Schema schema) {
        return schema.getExtensions() == null ? null : schema.getExtensions().get(InputLimitsDocumentation.ENFORCED);
    }

    private static Schema component(Content content, Map<String, Schema> schemas) {
        if (content == null
                || content.getMediaType(JSON) == null
                || content.getMediaType(JSON).getSchema() == null) {
            return null;
        }
        String ref = content.getMediaType(JSON).getSchema().getRef();
        return ref != null && ref.startsWith(SCHEMAS) ? schemas.get(ref.substring(SCHEMAS.length())) : null;
    }
}
