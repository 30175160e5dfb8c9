package dev.uniform.sample.product.api;

import dev.uniform.sample.product.ProductStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a product to change; a field that is absent or null keeps its value. Every field is required, so
 * null never means "remove".
 */
@Schema(name = "ProductPatch", description = "Fields to change; absent or null fields keep their value.")
public record ProductPatch(
        @Pattern(regexp = ProductRequest.CODE_PATTERN, message = ProductRequest.CODE_MESSAGE)
        @Schema(description = "New unique business key.", example = "AB-1001")
        String code,

        @Size(max = 120)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(description = "New name.", example = "First product, revised")
        String name,

        @Positive
        @Digits(integer = 10, fraction = 2)
        @DecimalMax("9999999999.99")
        @Schema(description = "New price with at most two decimals.", example = "229.00")
        BigDecimal price,

        @Schema(description = "New lifecycle status.", example = "ARCHIVED")
        ProductStatus status) {

    /**
     * At least one character that is not white space; null stays allowed, unlike with {@code @NotBlank}. Written so that
     * Java (which matches it against the whole value) and ECMA-262 (which JSON Schema validators and JavaScript clients
     * use, searching within the value) read it alike.
     */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    /** A valid partial update, shown in the API documentation. */
    public static final String EXAMPLE = "{\"price\":229.00,\"status\":\"ARCHIVED\"}";
}
