package dev.uniform.sample.product.api;

import dev.uniform.paging.SortField;

/** The fields a product listing can be sorted by: {@code ?sort=-price,name}. Anything else is a 400. */
public enum ProductSort implements SortField {
    SKU("sku", "sku"),
    NAME("name", "name"),
    PRICE("price", "price"),
    CREATED_AT("createdAt", "createdAt"),
    UPDATED_AT("updatedAt", "updatedAt");

    /** The order of a listing when the caller gives none. */
    public static final String DEFAULT = "name";

    private final String apiName;
    private final String property;

    ProductSort(String apiName, String property) {
        this.apiName = apiName;
        this.property = property;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public String property() {
        return property;
    }
}
