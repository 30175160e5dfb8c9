package dev.uniform.sample.product;

/** The values the status of a product can take. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
