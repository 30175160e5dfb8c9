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
     * @param config {@code uniform.paging.default-size} (by default 20) and {@code uniform.paging.max-size} (100)
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
     * @return the request to query with; a 400 naming {@code size}, {@code page} or {@code sort} when one is refused
     */
    public <F extends Enum<F> & SortField> PageRequest request(PageParameters parameters, Class<F> fields) {
        return request(parameters, fields, fields.getEnumConstants()[0].apiName());
    }

    /**
     * @param <F> the resource's enum of sortable fields
     * @param parameters what the caller sent
     * @param fields the resource's sortable fields: the whitelist
     * @param defaultOrder the order when the caller gives none, in the same syntax as {@code ?sort=}
     * @return the request to query with; a 400 naming {@code size}, {@code page} or {@code sort} when one is refused
     */
    public <F extends Enum<F> & SortField> PageRequest request(
            PageParameters parameters, Class<F> fields, String defaultOrder) {
        int size = parameters.size() == null ? config.defaultSize() : parameters.size();
        if (size > config.maxSize()) {
            throw new InvalidParameterException(SIZE, "must be at most " + config.maxSize());
        }
        if ((long) parameters.page() * size > Integer.MAX_VALUE) {
            throw new InvalidParameterException(
                    PAGE, "must be at most " + Integer.MAX_VALUE / size + " for pages of " + size + " items");
        }
        String sort = parameters.sort() == null || parameters.sort().isBlank() ? defaultOrder : parameters.sort();
        return new PageRequest(parameters.page(), size, parseSort(sort, fields));
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
