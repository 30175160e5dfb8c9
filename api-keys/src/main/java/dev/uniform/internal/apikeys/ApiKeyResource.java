package dev.uniform.internal.apikeys;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The operator's operations on keys; each needs a token holding {@value ApiKeyRoles#ADMIN}. */
@Path("/api-keys")
@Tag(
        name = "API keys",
        description = "Keys for machine callers, sent in X-API-Key: issued, listed and revoked by an"
                + " operator whose token holds the role api-keys.admin.")
@RolesAllowed(ApiKeyRoles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private static final String ID_EXAMPLE = "4fTq9ZmK2xVb";
    private static final String ID_PATTERN = "[0-9A-Za-z]{" + ApiKeyFormat.ID_LENGTH + "}";

    private final ApiKeys keys;

    ApiKeyResource(ApiKeys keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "issueApiKey",
            summary = "Issue an API key",
            description = "Issues a key with the roles given. The response holds the key, once: the service keeps"
                    + " only its SHA-256 hash, and nobody can show it again.")
    @APIResponse(
            responseCode = "201",
            description = "Issued; the key is in the body, this once.",
            content = @Content(schema = @Schema(implementation = IssuedApiKey.class)),
            headers = @Header(name = "Location", description = "Where the key's record is: /api-keys/{id}."))
    public Uni<RestResponse<IssuedApiKey>> issue(@NotNull @Valid ApiKeyIssue issue, UriInfo uri) {
        return keys.issue(issue)
                .map(issued -> RestResponse.ResponseBuilder.<IssuedApiKey>created(
                                uri.getAbsolutePathBuilder().path(issued.id()).build())
                        .entity(issued)
                        .build());
    }

    @GET
    @Operation(
            operationId = "listApiKeys",
            summary = "List the API keys",
            description = "Every key issued, revoked ones included, without the keys; the 1000 most recently issued,"
                    + " oldest first, when there are more.")
    public Uni<List<ApiKeyView>> list() {
        return keys.list();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getApiKey",
            summary = "Find an API key",
            description = "One key, without the key itself, with its last use.")
    public Uni<ApiKeyView> get(
            @RestPath
                    @Pattern(regexp = ID_PATTERN)
                    @Parameter(description = "The key's public id.", example = ID_EXAMPLE)
                    String id) {
        return keys.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "revokeApiKey",
            summary = "Revoke an API key",
            description = "Revokes the key: every replica refuses it within a second. The key stays listed, with the"
                    + " time of its revocation; revoking it again changes nothing.")
    public Uni<ApiKeyView> revoke(
            @RestPath
                    @Pattern(regexp = ID_PATTERN)
                    @Parameter(description = "The key's public id.", example = ID_EXAMPLE)
                    String id) {
        return keys.revoke(id);
    }
}
