package dev.uniform.sample.product.api;

import dev.uniform.paging.SortField;

/**
 * The fields a listing of products can be sorted by: {@code ?sort=-createdAt}; anything else is a 400. The first is
 * the order when the caller gives none.
 */
public enum ProductSort implements SortField {
    CODE,
    NAME,
    PRICE,
    STATUS,
    CREATED_AT,
    UPDATED_AT
}
