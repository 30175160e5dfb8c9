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
        Product product = new Product();
        replace(product, request);
        return product;
    }

    public static void replace(Product product, ProductRequest request) {
        product.sku = request.sku();
        product.name = request.name();
        product.price = inCents(request.price());
        product.status = request.status();
    }

    public static void patch(Product product, ProductPatch patch) {
        if (patch.sku() != null) {
            product.sku = patch.sku();
        }
        if (patch.name() != null) {
            product.name = patch.name();
        }
        if (patch.price() != null) {
            product.price = inCents(patch.price());
        }
        if (patch.status() != null) {
            product.status = patch.status();
        }
    }

    /** Stored with two decimals; validation has made sure no digit is lost. */
    private static BigDecimal inCents(BigDecimal price) {
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static ProductResponse toResponse(Product product) {
        return new ProductResponse(
                product.id,
                product.sku,
                product.name,
                product.price,
                product.status,
                product.createdAt,
                product.updatedAt);
    }
}
