package dev.uniform.paging;

import dev.uniform.internal.openapi.SortDocumentation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.DefaultValue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of every paged collection: {@code ?page=0&size=20&sort=-createdAt,name}. Use it as a
 * {@code @Valid @BeanParam}; {@link Paging#request} then applies the configured limits and the sort whitelist.
 */
public class PageParameters {

    /** A bound that no configuration can lift, so a forged size never reaches the database. */
    public static final int HARD_MAX_SIZE = 1000;

    @RestQuery
    @DefaultValue("0")
    @PositiveOrZero
    // What an int holds: documented, so that a client knows the bound (OWASP API4:2023).
    @Max(Integer.MAX_VALUE)
    @Parameter(description = "Zero-based page index.", example = "0")
    int page;

    @RestQuery
    @Positive
    @Max(HARD_MAX_SIZE)
    @Parameter(description = "Items per page; the default and the maximum are configured per service.", example = "20")
    Integer size;

    @RestQuery
    @Parameter(description = SortDocumentation.GENERAL, example = "-createdAt,name")
    String sort;

    /** For Quarkus REST to fill from the query string; as made, the first page in the default size and order. */
    public PageParameters() {}

    /**
     * Parameters as a caller would send them, for tests and code that reads the query string itself. Nothing is checked
     * here: Bean Validation checks a {@code @Valid @BeanParam}, and {@link Paging#request} the limits and the sort.
     *
     * @param page zero-based page index
     * @param size items per page, or {@code null} for the configured default
     * @param sort comma-separated fields, each optionally prefixed with {@code -}; {@code null} for the default order
     */
    public PageParameters(int page, Integer size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /**
     * The requested page, counted from 0.
     *
     * @return the page index; 0 when the caller sent none, never negative once Bean Validation passed
     */
    public int page() {
        return page;
    }

    /**
     * The requested size, or {@code null} for the configured default.
     *
     * @return items per page as sent; at least 1 and at most {@link #HARD_MAX_SIZE} once Bean Validation passed
     */
    public Integer size() {
        return size;
    }

    /**
     * The raw sort expression, or {@code null} for the resource's default order.
     *
     * @return the fields as sent, such as {@code -createdAt,name}; not yet checked against the resource's whitelist
     */
    public String sort() {
        return sort;
    }
}
