package dev.uniform.paging;

import java.util.Locale;

/**
 * One field a collection may be sorted by. Implemented by an enum per resource, which is the whitelist: a sort
 * parameter can only name its constants, so no caller input ever reaches a query as a column name.
 *
 * <p>By default a constant {@code CREATED_AT} is called {@code createdAt} by callers and orders by the entity property
 * {@code createdAt}; override either method where the names differ.
 */
public interface SortField {

    /**
     * The name callers use in {@code ?sort=}: the constant's name in lower camel case.
     *
     * @return the name a caller sorts by, such as {@code createdAt}; a refused sort's 400 lists these names
     */
    default String apiName() {
        if (!(this instanceof Enum<?> constant)) {
            throw new IllegalStateException(getClass() + " must be an enum or override apiName()");
        }
        StringBuilder camel = new StringBuilder();
        for (String word : constant.name().toLowerCase(Locale.ROOT).split("_")) {
            camel.append(
                    camel.isEmpty() || word.isEmpty()
                            ? word
                            : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    /**
     * The entity property the query orders by; the API name unless overridden.
     *
     * @return a property of the entity class as the query language names it, not a column name
     */
    default String property() {
        return apiName();
    }
}
