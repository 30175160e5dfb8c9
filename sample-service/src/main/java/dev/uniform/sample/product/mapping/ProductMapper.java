package dev.uniform.sample.product.mapping;

import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.entity.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Copies between API records and the entity, field by field, so that a new field cannot be forgotten quietly. */
public final class ProductMapper {

    private ProductMapper() {}

    public static Product toEntity(ProductRequest request) {
        return replace(new Product(), request);
    }

    public static Product replace(Product entity, ProductRequest request) {
        entity.code = request.code();
        entity.name = request.name();
        entity.price = inCents(request.price());
        entity.status = request.status();
        return entity;
    }

    /** Changes the fields the patch holds; a field it leaves null keeps its value. */
    public static void patch(Product entity, ProductPatch patch) {
        Optional.ofNullable(patch.code()).ifPresent(code -> entity.code = code);
        Optional.ofNullable(patch.name()).ifPresent(name -> entity.name = name);
        Optional.ofNullable(patch.price()).ifPresent(price -> entity.price = inCents(price));
        Optional.ofNullable(patch.status()).ifPresent(status -> entity.status = status);
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

    /** Stored with two decimals; validation has made sure no digit is lost. */
    private static BigDecimal inCents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
