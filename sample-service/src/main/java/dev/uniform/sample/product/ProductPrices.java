package dev.uniform.sample.product;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The lowest, highest and average price of all products; all null when there are none.
 *
 * @param average rounded half-up to two decimals, like the prices
 */
public record ProductPrices(BigDecimal lowest, BigDecimal highest, BigDecimal average) {

    /** What {@code select min(price), max(price), avg(price)} yields: SQL averages are floating point. */
    public ProductPrices(BigDecimal lowest, BigDecimal highest, Double average) {
        this(
                lowest,
                highest,
                average == null ? null : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP));
    }
}
