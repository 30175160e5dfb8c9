package dev.uniform.internal.apikeys;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the key as a second security scheme ({@value #SCHEME_NAME}, in {@code X-API-Key}), so that Swagger UI
 * and generated clients can send one: every operation that takes a token with some roles takes a key with the same
 * roles, except the admin operations on keys, which take a token only.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiKeyDocumentation implements OASFilter {

    static final String SCHEME_NAME = "ApiKey";
    private static final String ADMIN_PATHS = "/api-keys";
    private static final String CONFLICT = "409";
    private static final String UNAUTHENTICATED = "401";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        addScheme(document.getComponents());
        boundIssuedKey(document.getComponents());
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        boundListing(document.getPaths().getPathItem(ADMIN_PATHS));
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.equals(ADMIN_PATHS) && !path.startsWith(ADMIN_PATHS + "/")) {
                operationsOf(item).forEach(ApiKeyDocumentation::acceptKeys);
            } else if (item.getDELETE() != null && item.getDELETE().getResponses() != null) {
                // A revocation refers to nothing another row could hold on to: the 409 of deletes never comes.
                item.getDELETE().getResponses().removeAPIResponse(CONFLICT);
            }
        });
    }

    private static void addScheme(Components components) {
        components.addSecurityScheme(
                SCHEME_NAME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(ApiKeyMechanism.HEADER)
                        .description("An API key, issued by the service's operator (POST /api-keys) and holding the"
                                + " roles it was issued with."));
    }

    /** The key an issue answers with has one length, which its format fixes (a constant no annotation can name). */
    private static void boundIssuedKey(Components components) {
        Schema issued =
                components.getSchemas() == null ? null : components.getSchemas().get("IssuedApiKey");
        if (issued != null
                && issued.getProperties() != null
                && issued.getProperties().get("key") != null) {
            issued.getProperties().get("key").minLength(ApiKeyFormat.LENGTH).maxLength(ApiKeyFormat.LENGTH);
        }
    }

    /** A listing holds at most {@link ApiKeyStore#LISTED_AT_MOST} keys, the most recently issued. */
    private static void boundListing(PathItem keys) {
        if (keys == null || keys.getGET() == null || keys.getGET().getResponses() == null) {
            return;
        }
        var listed = keys.getGET().getResponses().getAPIResponse("200");
        if (listed != null
                && listed.getContent() != null
                && listed.getContent().getMediaType("application/json") != null
                && listed.getContent().getMediaType("application/json").getSchema() != null) {
            listed.getContent().getMediaType("application/json").getSchema().maxItems(ApiKeyStore.LISTED_AT_MOST);
        }
    }

    /** Adds, beside each requirement of the operation, the same roles through a key. */
    private static void acceptKeys(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            return;
        }
        List<SecurityRequirement> withKeys = new ArrayList<>(requirements);
        for (SecurityRequirement requirement : requirements) {
            Map<String, List<String>> schemes = requirement.getSchemes();
            if (schemes == null || schemes.containsKey(SCHEME_NAME)) {
                continue;
            }
            List<String> roles = schemes.values().stream()
                    .flatMap(scopes -> scopes == null ? java.util.stream.Stream.empty() : scopes.stream())
                    .distinct()
                    .toList();
            SecurityRequirement key = OASFactory.createSecurityRequirement().addScheme(SCHEME_NAME, roles);
            if (!withKeys.contains(key)) {
                withKeys.add(key);
            }
        }
        operation.setSecurity(withKeys);
        if (operation.getResponses() != null && operation.getResponses().hasAPIResponse(UNAUTHENTICATED)) {
            operation
                    .getResponses()
                    .getAPIResponse(UNAUTHENTICATED)
                    .description("No bearer token and no API key, or one that is not accepted: malformed, unknown,"
                            + " revoked or expired. The problem says which.");
        }
    }

    private static List<Operation> operationsOf(PathItem item) {
        return item.getOperations() == null
                ? List.of()
                : List.copyOf(item.getOperations().values());
    }
}
