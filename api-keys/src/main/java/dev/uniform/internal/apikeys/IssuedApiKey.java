package dev.uniform.internal.apikeys;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just issued: the only response that ever holds the key. */
@Schema(description = "A new API key. `key` is shown this once and never again: store it where the caller reads it.")
public record IssuedApiKey(
        @Schema(description = "The key's public id.", example = "4fTq9ZmK2xVb", maxLength = ApiKeyFormat.ID_LENGTH)
        String id,

        @Schema(
                description = "The key, for the X-API-Key header of the caller's requests.",
                example = "uniform_4fTq9ZmK2xVb_EXAMPLEKEYnotarealkeyEXAMPLEKEYnotarealkey0000000")
        String key,

        @Schema(
                description = "What the key is for.",
                example = "nightly price import",
                maxLength = ApiKeyIssue.NAME_MAX)
        String name,

        @Schema(
                description = "The roles the key holds.",
                example = "[\"products.write\"]",
                maxItems = ApiKeyIssue.ROLES_MAX)
        List<@Size(max = ApiKeyIssue.ROLE_MAX) String> roles,

        @Schema(description = "When the key was issued.", example = "2026-12-07T09:30:00Z")
        OffsetDateTime createdAt,

        @Schema(
                description = "When the key stops working; absent for a key without expiry.",
                example = "2027-03-01T00:00:00Z")
        OffsetDateTime expiresAt) {}
