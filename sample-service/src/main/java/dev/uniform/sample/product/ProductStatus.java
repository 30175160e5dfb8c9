package dev.uniform.sample.product;

/** Where a product is in its life: new ones start as {@code DRAFT}; {@code ARCHIVED} ones are kept for the record. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
