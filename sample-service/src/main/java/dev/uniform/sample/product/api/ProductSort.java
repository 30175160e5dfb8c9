package dev.uniform.sample.product.api;

import dev.uniform.paging.SortField;

/** The fields a listing of products can be sorted by: {@code ?sort=-createdAt}. Anything else is a 400. */
public enum ProductSort implements SortField {
    CODE,
    NAME,
    PRICE,
    STATUS,
    CREATED_AT,
    UPDATED_AT;

    /** The order of a listing when the caller gives none. */
    public static final String DEFAULT = "code";
}
