package dev.uniform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection paged by index, with its totals; the API document marks every part always present. The
 * shape of listings read by the deprecated {@link PanachePaging#fetch(io.quarkus.hibernate.reactive.panache.PanacheQuery,
 * PageRequest)}, kept as it was so that their API does not change with a bump of the kit; {@link CursorPage} is what
 * listings paged by cursor answer.
 *
 * @param items the items of this page, in the requested order
 * @param page zero-based index of this page
 * @param size the requested page size; the last page may hold fewer items
 * @param totalItems how many items match across all pages
 * @param totalPages how many pages of this size the items fill
 */
public record Page<T>(
        @Schema(required = true, description = "Items of this page, in the requested order.")
        List<T> items,

        @Schema(required = true, description = "Zero-based index of this page.", example = "0")
        int page,

        @Schema(required = true, description = "Requested page size.", example = "20")
        int size,

        @Schema(required = true, description = "Items matching across all pages.", example = "1")
        long totalItems,

        @Schema(required = true, description = "Pages of this size the items fill.", example = "1")
        int totalPages) {

    /**
     * Copies {@code items}, so that a page never changes once made. {@link #of} computes the numbers from a request.
     *
     * @param items the items of this page, in the requested order; neither the list nor an item may be null
     * @param page zero-based index of this page
     * @param size the requested page size
     * @param totalItems how many items match across all pages
     * @param totalPages how many pages of {@code size} the items fill; 0 when none match
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page holding {@code items} out of {@code totalItems} matches of {@code request}.
     *
     * @param <T> the item type
     * @param items the items read for this page, at most {@code request.size()} of them
     * @param request the request they answer, which gives the page index and size
     * @param totalItems how many items match across all pages, as a count query gives it
     * @return the page, with {@code totalPages} rounded up so that a partly filled last page counts
     */
    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /**
     * The same page with each item converted, typically from entity to API record.
     *
     * @param <R> the converted item type
     * @param conversion applied to each item in order; it must not return null
     * @return a new page with the converted items and this page's numbers; this one is unchanged
     */
    public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
        List<R> converted = items.stream().<R>map(conversion).toList();
        return new Page<>(converted, page, size, totalItems, totalPages);
    }
}
