package dev.uniform.sample.product.api;

import dev.uniform.sample.product.ProductStatus;
import dev.uniform.validation.Patterns;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of a product to change; a field that is absent or null keeps its value. To empty an optional field,
 * replace the whole product (PUT).
 */
@Schema(name = "ProductPatch", description = "Fields to change; absent or null fields keep their value.")
public record ProductPatch(
        @Pattern(regexp = Patterns.NOT_BLANK, message = "must not be blank")
        @Size(max = 32)
        @Schema(description = "New code.", example = "Example code")
        String code,

        @Pattern(regexp = Patterns.NOT_BLANK, message = "must not be blank")
        @Size(max = 120)
        @Schema(description = "New name.", example = "Example name")
        String name,

        @Digits(integer = 10, fraction = 2)
        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Schema(description = "New price.", example = "24.50")
        BigDecimal price,

        @Schema(description = "New status.", example = "DRAFT")
        ProductStatus status) {}
