package dev.uniform.sample.product;

/** Where a product is in its life: only {@code ACTIVE} products can be ordered. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    DISCONTINUED
}
