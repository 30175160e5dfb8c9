package dev.uniform.sample.product.api;

import dev.uniform.resource.Representation;
import dev.uniform.sample.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as the API shows it. uniform-runtime sends its version as ETag, and documents each field as ProductRequest
 * does, with the id, version and timestamps every resource has.
 */
@Schema(name = "ProductResponse", description = "A product as stored.")
public record ProductResponse(
        long id,
        String code,
        String name,
        BigDecimal price,
        ProductStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Representation {}
