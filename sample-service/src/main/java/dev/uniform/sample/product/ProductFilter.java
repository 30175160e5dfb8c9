package dev.uniform.sample.product;

import dev.uniform.problem.InvalidParameterException;
import java.math.BigDecimal;

/**
 * Which products a listing shows; every criterion is optional.
 *
 * @param status only products in this status
 * @param text only products whose name or code contains this text, ignoring case
 * @param minPrice only products at least this expensive
 * @param maxPrice only products at most this expensive
 */
public record ProductFilter(ProductStatus status, String text, BigDecimal minPrice, BigDecimal maxPrice) {

    public ProductFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidParameterException("minPrice", "must not be greater than maxPrice (" + maxPrice + ")");
        }
    }
}
