package dev.uniform.sample.product.api;

import dev.uniform.sample.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as the API shows it. */
@Schema(name = "ProductResponse", description = "A product as stored.")
public record ProductResponse(
        @Schema(description = "Identifier assigned by the service.", example = "1")
        long id,

        @Schema(description = "Unique business key.", example = "AB-1000")
        String code,

        @Schema(description = "Name people see.", example = "First product")
        String name,

        @Schema(description = "Price with at most two decimals.", example = "249.90")
        BigDecimal price,

        @Schema(description = "Lifecycle status.", example = "ACTIVE")
        ProductStatus status,

        @Schema(description = "When it was created.", example = "2026-01-15T09:30:00Z")
        Instant createdAt,

        @Schema(description = "When it last changed.", example = "2026-01-15T09:30:00Z")
        Instant updatedAt,

        @Schema(
                description = "Version of this state, also sent as the ETag header; send it back in If-Match.",
                example = "0")
        long version) {}
