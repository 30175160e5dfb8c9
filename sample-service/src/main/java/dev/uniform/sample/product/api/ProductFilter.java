package dev.uniform.sample.product.api;

import dev.uniform.sample.product.ProductStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Which products a listing shows: the query parameters of {@code GET /products}, each optional; none means any. */
public record ProductFilter(
        @RestQuery
        @Size(max = 100)
        @Parameter(
                description = "Only products whose code contains this text, ignoring case.",
                example = "Example code")
        String code,

        @RestQuery
        @Size(max = 100)
        @Parameter(
                description = "Only products whose name contains this text, ignoring case.",
                example = "Example name")
        String name,

        @RestQuery
        @DecimalMin("-9999999999.99")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Parameter(description = "Only products whose price is at least this.", example = "24.50")
        BigDecimal minPrice,

        @RestQuery
        @DecimalMin("-9999999999.99")
        @DecimalMax("9999999999.99")
        @Digits(integer = 10, fraction = 2)
        @Parameter(description = "Only products whose price is at most this.", example = "24.50")
        BigDecimal maxPrice,

        @RestQuery @Parameter(description = "Only products with this status.", example = "DRAFT")
        ProductStatus status) {}
