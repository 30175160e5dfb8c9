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

    public PageRequest {
        sort = List.copyOf(sort);
    }

    /** Index of the first item of this page in the whole result. */
    public long offset() {
        return (long) page * size;
    }
}
