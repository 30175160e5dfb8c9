package dev.uniform.paging;

/**
 * One field a collection may be sorted by. Implemented by an enum per resource, which is the whitelist: a sort
 * parameter can only name its constants, so no caller input ever reaches a query as a column name.
 */
public interface SortField {

    /** The name callers use in {@code ?sort=}, for example {@code createdAt}. */
    String apiName();

    /** The entity property the query orders by, for example {@code createdAt}. */
    String property();
}
