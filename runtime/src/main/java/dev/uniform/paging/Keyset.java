package dev.uniform.paging;

import java.util.List;
import java.util.Map;

/**
 * The condition that keeps the rows after a position in an order of several keys, the last unique: the position's
 * row and those before it are left out, whatever was inserted or deleted since. Nulls sit where PostgreSQL puts them,
 * last in ascending order and first in descending. The first key also bounds the condition on its own, so that an
 * index on it starts the scan at the position instead of at the first row.
 */
final class Keyset {

    /**
     * One key of the order.
     *
     * @param property the entity property, from the service's code
     * @param ascending the direction the query reads in
     * @param nullable whether the column may hold null
     * @param value the position's value, null where the row's was
     */
    record Key(String property, boolean ascending, boolean nullable, Object value) {}

    private Keyset() {}

    /**
     * The condition, its values added to {@code parameters} as {@code k0}, {@code k1} and so on.
     *
     * @param keys the order, the last one unique and never null (the identifier)
     * @param parameters where the values go
     * @return an HQL condition over the entity's properties
     */
    static String after(List<Key> keys, Map<String, Object> parameters) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).value() != null) {
                parameters.put(name(i), keys.get(i).value());
            }
        }
        String rest = after(keys, 0);
        Key first = keys.get(0);
        if (first.value() == null || (first.ascending() && first.nullable())) {
            return rest;
        }
        return first.property() + (first.ascending() ? " >= :" : " <= :") + name(0) + " and " + rest;
    }

    private static String after(List<Key> keys, int index) {
        Key key = keys.get(index);
        String beyond = beyond(key, index);
        if (index == keys.size() - 1) {
            return beyond;
        }
        String equal = key.value() == null ? key.property() + " is null" : key.property() + " = :" + name(index);
        String tie = "(" + equal + " and " + after(keys, index + 1) + ")";
        return beyond == null ? tie : "(" + beyond + " or " + tie + ")";
    }

    /** Rows whose key lies strictly beyond the position's, or null when none can. */
    private static String beyond(Key key, int index) {
        String property = key.property();
        if (key.value() == null) {
            // Nulls come last when ascending: nothing lies beyond them. When descending they come first.
            return key.ascending() ? null : property + " is not null";
        }
        if (key.ascending()) {
            String greater = property + " > :" + name(index);
            return key.nullable() ? "(" + greater + " or " + property + " is null)" : greater;
        }
        return property + " < :" + name(index);
    }

    private static String name(int index) {
        return "k" + index;
    }
}
