package dev.uniform.internal.apikeys;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as its operator sees it: everything but the key, which only its issue shows. */
@Schema(name = "ApiKey", description = "An API key, without the key itself: it was shown once, when issued.")
public record ApiKeyView(
        @Schema(
                description = "The key's public id, the part after `uniform_` in the key.",
                example = "4fTq9ZmK2xVb",
                maxLength = ApiKeyFormat.ID_LENGTH)
        String id,

        @Schema(
                description = "What the key is for, as its operator named it.",
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
        OffsetDateTime expiresAt,

        @Schema(description = "When the key was revoked; absent while it works.", example = "2026-12-08T10:00:00Z")
        OffsetDateTime revokedAt,

        @Schema(
                description = "The last request made with the key, to the minute; absent if never used.",
                example = "2026-12-07T10:41:00Z")
        OffsetDateTime lastUsedAt) {}
