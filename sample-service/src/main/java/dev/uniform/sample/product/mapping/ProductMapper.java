package dev.uniform.sample.product.mapping;

import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.entity.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Copies between API records and the entity, field by field, so that a new field cannot be forgotten quietly. */
public final class ProductMapper {

    private ProductMapper() {}

    public static Product toEntity(ProductRequest request) {
        Product entity = new Product();
        replace(entity, request);
        return entity;
    }

    public static void replace(Product entity, ProductRequest request) {
        entity.code = request.code();
        entity.name = request.name();
        entity.price = inCents(request.price());
        entity.status = request.status();
    }

    public static void patch(Product entity, ProductPatch patch) {
        if (patch.code() != null) {
            entity.code = patch.code();
        }
        if (patch.name() != null) {
            entity.name = patch.name();
        }
        if (patch.price() != null) {
            entity.price = inCents(patch.price());
        }
        if (patch.status() != null) {
            entity.status = patch.status();
        }
    }

    /** Stored with two decimals; validation has made sure no digit is lost. */
    private static BigDecimal inCents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static ProductResponse toResponse(Product entity) {
        return new ProductResponse(
                entity.id,
                entity.code,
                entity.name,
                entity.price,
                entity.status,
                entity.createdAt,
                entity.updatedAt,
                entity.version);
    }
}
