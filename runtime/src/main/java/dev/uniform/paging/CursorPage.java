package dev.uniform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection read by {@link PanachePaging#fetch(Class, Criteria, PageRequest)}, with what a client needs
 * to page on: cursors to the pages beside it, and the totals when the caller asked for them. Parts without a value are
 * left out of the JSON. {@link Page} is the shape of listings paged by index that count every time, kept as it was so
 * that a service's API does not change with a bump of the kit.
 *
 * @param items the items of this page, in the requested order
 * @param page zero-based index of this page when it was asked by index; null when asked by cursor
 * @param size the requested page size; any page may hold fewer items
 * @param next the cursor of the page after this one; null on the last page
 * @param previous the cursor of the page before this one; null on the first page
 * @param totalItems how many items match across all pages; null unless the caller asked ({@code count=true})
 * @param totalPages how many pages of this size the items fill; null unless the caller asked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CursorPage<T>(
        @Schema(required = true, description = "Items of this page, in the requested order.")
        List<T> items,

        @Schema(description = "Zero-based index of this page, when it was asked by index.", example = "0")
        Integer page,

        @Schema(required = true, description = "Requested page size; any page may hold fewer items.", example = "20")
        int size,

        @Schema(
                description = "Cursor of the next page: send it as `cursor` with the same filters, or follow the"
                        + " Link header's rel=\"next\". Absent on the last page.",
                example = "eyJ2IjoxLCJkIjoiYSIsInMiOlsiY29kZSJdLCJrIjpbIkEtMSIsIjEiXX0",
                maxLength = 4096)
        String next,

        @Schema(
                description = "Cursor of the page before this one, sent as `cursor` like `next`. Absent on the first"
                        + " page.",
                example = "eyJ2IjoxLCJkIjoiYiIsInMiOlsiY29kZSJdLCJrIjpbIkEtMiIsIjIiXX0",
                maxLength = 4096)
        String previous,

        @Schema(description = "Items matching across all pages; only when asked with count=true.", example = "1")
        Long totalItems,

        @Schema(description = "Pages of this size the items fill; only when asked with count=true.", example = "1")
        Integer totalPages) {

    /**
     * Copies {@code items}, so that a page never changes once made.
     *
     * @param items the items of this page, in the requested order; neither the list nor an item may be null
     * @param page zero-based index of this page, or null when it was asked by cursor
     * @param size the requested page size
     * @param next the cursor of the next page, or null
     * @param previous the cursor of the previous page, or null
     * @param totalItems how many items match across all pages, or null when not counted
     * @param totalPages how many pages of {@code size} the items fill, or null when not counted
     */
    public CursorPage {
        items = List.copyOf(items);
    }

    static int pagesOf(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }

    /**
     * The same page with each item converted, typically from entity to API record.
     *
     * @param <R> the converted item type
     * @param conversion applied to each item in order; it must not return null
     * @return a new page with the converted items and this page's numbers and cursors; this one is unchanged
     */
    public <R> CursorPage<R> map(Function<? super T, ? extends R> conversion) {
        List<R> converted = items.stream().<R>map(conversion).toList();
        return new CursorPage<>(converted, page, size, next, previous, totalItems, totalPages);
    }
}
