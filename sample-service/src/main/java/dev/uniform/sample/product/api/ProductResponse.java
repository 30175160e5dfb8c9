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

        @Schema(description = "Code. Unique across all products.", example = "Example code")
        String code,

        @Schema(description = "Name.", example = "Example name")
        String name,

        @Schema(description = "Price.", example = "24.50") BigDecimal price,

        @Schema(description = "Status.", example = "DRAFT") ProductStatus status,

        @Schema(description = "When it was created.", example = "2026-01-15T09:30:00Z")
        Instant createdAt,

        @Schema(description = "When it last changed.", example = "2026-01-15T09:30:00Z")
        Instant updatedAt,

        @Schema(
                description = "Version of this state, also sent as the ETag header; send it back in If-Match.",
                example = "0")
        long version) {}
