#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.api;

import ${package}.${feature}.${resource}Status;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole ${label} as a caller sends it: to create one, or to replace every field of one.
 *
 * @param code business key, unique across all ${labels}
 * @param name what people see
 * @param price two decimals at most
 * @param status lifecycle status
 */
@Schema(name = "${resource}Request", description = "${ALabel} to create, or every field of one to replace.")
public record ${resource}Request(
        @NotBlank
        @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
        @Schema(description = "Unique business key.", example = "AB-1000", pattern = CODE_PATTERN)
        String code,

        @NotBlank @Size(max = 120) @Schema(description = "Name people see.", example = "First ${label}")
        String name,

        @NotNull
        @Positive
        @Digits(integer = 10, fraction = 2)
        @DecimalMax("9999999999.99")
        @Schema(description = "Price with at most two decimals.", example = "249.90")
        BigDecimal price,

        @NotNull @Schema(description = "Lifecycle status.", example = "ACTIVE")
        ${resource}Status status) {

    /** Upper-case letters, digits and dashes, 3 to 32 characters, starting with a letter or digit. */
    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{2,31}$";

    static final String CODE_MESSAGE = "must be 3 to 32 upper-case letters, digits or dashes, not starting with a dash";

    /** A complete valid request, shown in the API documentation and accepted as it is. */
    public static final String EXAMPLE =
            "{\"code\":\"AB-1000\",\"name\":\"First ${label}\",\"price\":249.90,\"status\":\"ACTIVE\"}";
}
