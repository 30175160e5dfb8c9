package dev.uniform.bench.spring;

import java.util.List;

/** One page of products, in the sample service's shape. */
public record ProductPage(List<Product> items, int page, int size, long totalItems, long totalPages) {

    static ProductPage of(List<Product> items, int page, int size, long totalItems) {
        return new ProductPage(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
