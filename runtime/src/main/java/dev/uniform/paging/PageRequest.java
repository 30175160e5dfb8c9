package dev.uniform.paging;

import java.util.List;

/**
 * A validated request for one page: in range, with whitelisted sort orders. Made by {@link Paging}.
 *
 * @param page zero-based page index; 0 when the page is asked by cursor
 * @param size items per page, at most the configured maximum
 * @param sort orders to apply, first one first
 * @param cursor the position the page starts after or ends before, or null for a page asked by index
 * @param counted whether the caller asked for the total: counting every match costs a pass over them
 */
public record PageRequest(int page, int size, List<SortOrder> sort, PageCursor cursor, boolean counted) {

    /**
     * Copies {@code sort}, so that a request never changes once made. Nothing else is checked here: services get their
     * requests from {@link Paging#request}, which does; tests may make one directly.
     *
     * @param page zero-based page index
     * @param size items per page; must be positive, as {@link Page#of} divides by it
     * @param sort orders to apply, first one first; neither the list nor an order may be null
     * @param cursor the position to page from, or null
     * @param counted whether the page carries the total
     */
    public PageRequest {
        sort = List.copyOf(sort);
    }

    /**
     * A request by page index that counts the total, as every request did before cursors.
     *
     * @param page zero-based page index
     * @param size items per page; must be positive
     * @param sort orders to apply, first one first
     */
    public PageRequest(int page, int size, List<SortOrder> sort) {
        this(page, size, sort, null, true);
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
