package dev.uniform.sample.product;

import dev.uniform.problem.InvalidParameterException;
import java.math.BigDecimal;

/**
 * Which products a listing shows; every criterion is optional, and null means any.
 *
 * @param code only products whose code contains this text, ignoring case
 * @param name only products whose name contains this text, ignoring case
 * @param minPrice only products whose price is at least this
 * @param maxPrice only products whose price is at most this
 * @param status only products with this status
 */
public record ProductFilter(String code, String name, BigDecimal minPrice, BigDecimal maxPrice, ProductStatus status) {

    public ProductFilter {
        code = code == null || code.isBlank() ? null : code.strip();
        name = name == null || name.isBlank() ? null : name.strip();
        requireOrdered("minPrice", minPrice, "maxPrice", maxPrice);
    }

    /** Refuses a range whose lower bound is above its upper one: it would match nothing, surely by mistake. */
    private static <T extends Comparable<? super T>> void requireOrdered(
            String lowName, T low, String highName, T high) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new InvalidParameterException(lowName, "must not be greater than " + highName + " (" + high + ")");
        }
    }
}
