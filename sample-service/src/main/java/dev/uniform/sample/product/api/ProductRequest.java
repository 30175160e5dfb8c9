package dev.uniform.sample.product.api;

import dev.uniform.sample.product.ProductStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole product as a caller sends it: to create one, or to replace every field of one. */
@Schema(name = "ProductRequest", description = "A product to create, or every field of one to replace.")
public record ProductRequest(
        @NotBlank @Size(max = 32) @Schema(description = "Code. Unique across all products.", example = "Example code")
        String code,

        @NotBlank @Size(max = 120) @Schema(description = "Name.", example = "Example name")
        String name,

        @NotNull
        @Digits(integer = 10, fraction = 2)
        @DecimalMin("0")
        @DecimalMax("9999999999.99")
        @Schema(description = "Price.", example = "24.50")
        BigDecimal price,

        @NotNull @Schema(description = "Status.", example = "DRAFT")
        ProductStatus status) {}
