package dev.uniform.paging;

import java.util.List;

/**
 * A validated request for one page: in range, with whitelisted sort orders. Made by {@link Paging}.
 *
 * @param page zero-based page index
 * @param size items per page, at most the configured maximum
 * @param sort orders to apply, first one first
 */
public record PageRequest(int page, int size, List<SortOrder> sort) {

    /**
     * Copies {@code sort}, so that a request never changes once made. Nothing else is checked here: services get their
     * requests from {@link Paging#request}, which does; tests may make one directly.
     *
     * @param page zero-based page index
     * @param size items per page; must be positive, as {@link Page#of} divides by it
     * @param sort orders to apply, first one first; neither the list nor an order may be null
     */
    public PageRequest {
        sort = List.copyOf(sort);
    }

    /**
     * Index of the first item of this page in the whole result.
     *
     * @return {@code page * size}, computed as a long so that it cannot overflow
     */
    public long offset() {
        return (long) page * size;
    }
}
