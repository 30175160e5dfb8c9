package dev.uniform.paging;

import dev.uniform.internal.paging.PagingConfig;
import dev.uniform.problem.InvalidParameterException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns raw paging parameters into a {@link PageRequest}, or a 400 problem that names the parameter and the fix.
 * Created at startup, so that inconsistent page sizes stop the service before its first request.
 */
@Startup
@ApplicationScoped
public class Paging {

    static final String PAGE = "page";
    /** The query parameter that sets how many items a page holds. */
    public static final String SIZE = "size";

    static final String SORT = "sort";

    private final PagingConfig config;

    /**
     * Made by CDI at startup, where it checks the configured sizes once; not API, as its configuration type is not.
     *
     * @param config {@code uniform.paging.default-size} (by default 20), {@code uniform.paging.max-size} (100) and
     *     {@code uniform.paging.max-offset} (10,000)
     * @throws IllegalStateException when the default size exceeds the maximum, which stops the service from starting
     */
    Paging(PagingConfig config) {
        if (config.defaultSize() > config.maxSize()) {
            throw new IllegalStateException("uniform.paging.default-size (" + config.defaultSize()
                    + ") must not exceed uniform.paging.max-size (" + config.maxSize() + ")");
        }
        this.config = config;
    }

    /**
     * The request for a listing sorted by its whitelist's first field unless the caller asks otherwise: the order the
     * API document gives as the default.
     *
     * @param <F> the resource's enum of sortable fields
     * @param parameters what the caller sent
     * @param fields the resource's sortable fields: the whitelist, its first constant the default order
     * @return the request to query with; a 400 naming {@code size}, {@code page}, {@code sort} or {@code cursor} when one
     *     is refused
     */
    public <F extends Enum<F> & SortField> PageRequest request(PageParameters parameters, Class<F> fields) {
        return request(parameters, fields, fields.getEnumConstants()[0].apiName());
    }

    /**
     * @param <F> the resource's enum of sortable fields
     * @param parameters what the caller sent
     * @param fields the resource's sortable fields: the whitelist
     * @param defaultOrder the order when the caller gives none, in the same syntax as {@code ?sort=}
     * @return the request to query with; a 400 naming {@code size}, {@code page}, {@code sort} or {@code cursor} when one
     *     is refused
     */
    public <F extends Enum<F> & SortField> PageRequest request(
            PageParameters parameters, Class<F> fields, String defaultOrder) {
        int size = parameters.size() == null ? config.defaultSize() : parameters.size();
        if (size > config.maxSize()) {
            throw new InvalidParameterException(SIZE, "must be at most " + config.maxSize());
        }
        if (parameters.cursor() != null && !parameters.cursor().isBlank()) {
            return fromCursor(PageCursor.decode(parameters.cursor()), parameters, size, fields);
        }
        if ((long) parameters.page() * size > config.maxOffset()) {
            throw new InvalidParameterException(
                    PAGE,
                    "must be at most " + config.maxOffset() / size + " for pages of " + size + " items (page × size"
                            + " at most " + config.maxOffset() + "); deeper pages are reached by cursor: send a"
                            + " page's next as cursor");
        }
        String sort = parameters.sort() == null || parameters.sort().isBlank() ? defaultOrder : parameters.sort();
        return new PageRequest(parameters.page(), size, parseSort(sort, fields), null, parameters.count());
    }

    /** The page a cursor starts from, in the sort it was made for: a cursor is a position in one order only. */
    private static <F extends Enum<F> & SortField> PageRequest fromCursor(
            PageCursor cursor, PageParameters parameters, int size, Class<F> fields) {
        if (parameters.page() != 0) {
            throw new InvalidParameterException(
                    PAGE, "cannot be combined with cursor: the cursor says where the page starts");
        }
        for (SortOrder order : cursor.sort()) {
            if (Arrays.stream(fields.getEnumConstants())
                    .noneMatch(field -> field.property().equals(order.property()))) {
                throw new InvalidParameterException(PageCursor.PARAMETER, PageCursor.stale());
            }
        }
        if (parameters.sort() != null
                && !parameters.sort().isBlank()
                && !parseSort(parameters.sort(), fields).equals(cursor.sort())) {
            throw new InvalidParameterException(
                    SORT,
                    "must be the sort the cursor was made for (" + expression(cursor.sort(), fields)
                            + "), or left out");
        }
        return new PageRequest(0, size, cursor.sort(), cursor, parameters.count());
    }

    /** The orders as a caller writes them in {@code ?sort=}. */
    private static <F extends Enum<F> & SortField> String expression(List<SortOrder> orders, Class<F> fields) {
        return orders.stream()
                .map(order -> (order.ascending() ? "" : "-")
                        + Arrays.stream(fields.getEnumConstants())
                                .filter(field -> field.property().equals(order.property()))
                                .map(SortField::apiName)
                                .findFirst()
                                .orElse(order.property()))
                .collect(Collectors.joining(","));
    }

    static <F extends Enum<F> & SortField> List<SortOrder> parseSort(String sort, Class<F> fields) {
        List<SortOrder> orders = new ArrayList<>();
        for (String term : sort.split(",", -1)) {
            String trimmed = term.strip();
            if (trimmed.isEmpty() || trimmed.equals("-")) {
                throw new InvalidParameterException(
                        SORT, "has an empty field name; sortable fields, separated by commas: " + names(fields));
            }
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            F field = find(fields, name)
                    .orElseThrow(() -> new InvalidParameterException(
                            SORT, "cannot sort by '" + name + "'; sortable fields: " + names(fields)));
            if (orders.stream().anyMatch(order -> order.property().equals(field.property()))) {
                throw new InvalidParameterException(SORT, "names '" + name + "' more than once");
            }
            orders.add(new SortOrder(field.property(), !descending));
        }
        return orders;
    }

    private static <F extends Enum<F> & SortField> Optional<F> find(Class<F> fields, String apiName) {
        return Arrays.stream(fields.getEnumConstants())
                .filter(field -> field.apiName().equals(apiName))
                .findFirst();
    }

    private static <F extends Enum<F> & SortField> String names(Class<F> fields) {
        return Arrays.stream(fields.getEnumConstants()).map(SortField::apiName).collect(Collectors.joining(", "));
    }
}
