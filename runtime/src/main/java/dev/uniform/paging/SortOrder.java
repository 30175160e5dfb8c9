package dev.uniform.paging;

/**
 * Order by one whitelisted entity property.
 *
 * @param property the entity property, taken from a {@link SortField}, never from raw input
 * @param ascending {@code false} when the caller prefixed the field with {@code -}
 */
public record SortOrder(String property, boolean ascending) {}
