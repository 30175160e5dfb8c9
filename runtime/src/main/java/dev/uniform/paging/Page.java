package dev.uniform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection, with what a client needs to page on.
 *
 * @param items the items of this page, in the requested order
 * @param page zero-based index of this page
 * @param size the requested page size; the last page may hold fewer items
 * @param totalItems how many items match across all pages
 * @param totalPages how many pages of this size the items fill
 */
public record Page<T>(
        @Schema(description = "Items of this page, in the requested order.")
        List<T> items,

        @Schema(description = "Zero-based index of this page.", example = "0")
        int page,

        @Schema(description = "Requested page size.", example = "20")
        int size,

        @Schema(description = "Items matching across all pages.", example = "1")
        long totalItems,

        @Schema(description = "Pages of this size the items fill.", example = "1")
        int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page holding {@code items} out of {@code totalItems} matches of {@code request}. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /** The same page with each item converted, typically from entity to API record. */
    public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
        List<R> converted = items.stream().<R>map(conversion).toList();
        return new Page<>(converted, page, size, totalItems, totalPages);
    }
}
