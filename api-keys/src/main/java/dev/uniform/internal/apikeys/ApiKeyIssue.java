package dev.uniform.internal.apikeys;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator asks for when issuing a key. */
@Schema(description = "A key to issue: whom it is for, the roles it holds and, optionally, when it stops working.")
public record ApiKeyIssue(
        @NotBlank @Size(max = 100) @Schema(description = "What the key is for.", example = "nightly price import")
        String name,

        @NotEmpty
        @Size(max = 20)
        @Schema(
                description = "Roles the key holds: among those the service's operations check, except"
                        + " api-keys.admin, which only a token from the identity provider can hold.",
                example = "[\"products.write\"]")
        List<@NotNull @Size(max = 100) String> roles,

        @Future
        @Schema(
                description = "When the key stops working; absent for a key that works until revoked.",
                example = "2027-03-01T00:00:00Z")
        OffsetDateTime expiresAt) {}
