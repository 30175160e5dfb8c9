#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import dev.uniform.problem.InvalidParameterException;
import java.math.BigDecimal;

/**
 * Which ${labels} a listing shows; every criterion is optional.
 *
 * @param status only ${labels} in this status
 * @param text only ${labels} whose name or code contains this text, ignoring case
 * @param minPrice only ${labels} at least this expensive
 * @param maxPrice only ${labels} at most this expensive
 */
public record ${resource}Filter(${resource}Status status, String text, BigDecimal minPrice, BigDecimal maxPrice) {

    public ${resource}Filter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidParameterException("minPrice", "must not be greater than maxPrice (" + maxPrice + ")");
        }
    }
}
