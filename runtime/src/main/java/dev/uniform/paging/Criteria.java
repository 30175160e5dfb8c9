package dev.uniform.paging;

import dev.uniform.problem.InvalidParameterException;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The conditions of a listing, from the filters a caller sent: each joins only when its value was given, so that a
 * listing without filters lists everything. The properties are the entity's, written in the service's code; caller
 * input only ever becomes a parameter. Only for services that use Hibernate Reactive Panache.
 *
 * <pre>{@code
 * Criteria where = Criteria.where()
 *         .contains("name", filter.name())
 *         .between("price", filter.minPrice(), filter.maxPrice())
 *         .equalTo("status", filter.status());
 * return PanachePaging.fetch(Product.class, where, page);
 * }</pre>
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Criteria() {}

    /**
     * No condition yet.
     *
     * @return criteria that match everything until a condition joins
     */
    public static Criteria where() {
        return new Criteria();
    }

    /**
     * Only rows whose text property contains {@code text}, ignoring case and the text's surrounding white space;
     * {@code %}, {@code _} and {@code \} match themselves. The condition is {@code lower(property) like '%text%'}: a
     * trigram index on {@code lower(column)} (pg_trgm, as generated migrations create) finds the rows of texts of
     * three characters or more without reading the table.
     *
     * @param property the entity property, a constant of the service's code
     * @param text what the caller looks for; null or blank adds no condition
     * @return these criteria
     */
    public Criteria contains(String property, String text) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            conditions.add("lower(" + property + ") like :" + next("%" + escaped + "%") + " escape '\\'");
        }
        return this;
    }

    /**
     * Only rows whose property has {@code value}.
     *
     * @param property the entity property, a constant of the service's code
     * @param value the value; null adds no condition
     * @return these criteria
     */
    public Criteria equalTo(String property, Object value) {
        if (value != null) {
            conditions.add(property + " = :" + next(value));
        }
        return this;
    }

    /**
     * Only rows whose property lies within the bounds, each inclusive and optional.
     *
     * @param <T> the property's type
     * @param property the entity property, a constant of the service's code; the caller's parameters are named after it,
     *     {@code minPrice} and {@code maxPrice} for {@code price}
     * @param low the least value, or null for no lower bound
     * @param high the greatest value, or null for no upper bound
     * @return these criteria
     * @throws InvalidParameterException naming the lower bound when it lies above the upper one: such a range would
     *     match nothing, surely by mistake
     */
    public <T extends Comparable<? super T>> Criteria between(String property, T low, T high) {
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new InvalidParameterException(
                    "min" + capitalized, "must not be greater than max" + capitalized + " (" + high + ")");
        }
        if (low != null) {
            conditions.add(property + " >= :" + next(low));
        }
        if (high != null) {
            conditions.add(property + " <= :" + next(high));
        }
        return this;
    }

    /**
     * The conditions as a Panache query.
     *
     * @return every condition joined by {@code and}; empty when none joined, which Panache reads as all rows
     */
    public String query() {
        return String.join(" and ", conditions);
    }

    /**
     * The values of the conditions.
     *
     * @return the parameters {@link #query} names
     */
    public Parameters parameters() {
        return parameters;
    }

    private String next(Object value) {
        String name = "p" + parameters.map().size();
        parameters.and(name, value);
        return name;
    }
}
