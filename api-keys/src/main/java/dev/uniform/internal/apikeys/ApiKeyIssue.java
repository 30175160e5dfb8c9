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
        @NotBlank @Size(max = NAME_MAX) @Schema(description = "What the key is for.", example = "nightly price import")
        String name,

        @NotEmpty
        @Size(max = ROLES_MAX)
        @Schema(
                description = "Roles the key holds: among those the service's operations check, except"
                        + " api-keys.admin, which only a token from the identity provider can hold.",
                example = "[\"products.write\"]")
        List<@NotNull @Size(max = ROLE_MAX) String> roles,

        @Future
        @Schema(
                description = "When the key stops working; absent for a key that works until revoked.",
                example = "2027-03-01T00:00:00Z")
        OffsetDateTime expiresAt) {

    /** The longest name; the responses that show it say so too. */
    static final int NAME_MAX = 100;

    /** The most roles one key holds. */
    static final int ROLES_MAX = 20;

    /** The longest role name. */
    static final int ROLE_MAX = 100;
}
