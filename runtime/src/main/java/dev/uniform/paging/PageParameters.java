package dev.uniform.paging;

import dev.uniform.internal.openapi.SortDocumentation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of every paged collection: {@code ?size=20&sort=-createdAt,name}, then {@code ?cursor=} with a
 * page's {@code next} or {@code previous}; {@code ?page=} for shallow pages by index, {@code ?count=true} for the
 * totals. Use it as a {@code @Valid @BeanParam}; {@link Paging#request} then applies the configured limits and the sort
 * whitelist.
 */
public class PageParameters {

    /** A bound that no configuration can lift, so a forged size never reaches the database. */
    public static final int HARD_MAX_SIZE = 1000;

    @RestQuery
    @DefaultValue("0")
    @PositiveOrZero
    // What an int holds: documented, so that a client knows the bound (OWASP API4:2023).
    @Max(Integer.MAX_VALUE)
    @Parameter(
            description = "Zero-based page index, for shallow pages: page × size may not exceed the configured bound"
                    + " (10,000 by default); deeper pages are reached by cursor.",
            example = "0")
    int page;

    @RestQuery
    @Positive
    @Max(HARD_MAX_SIZE)
    @Parameter(description = "Items per page; the default and the maximum are configured per service.", example = "20")
    Integer size;

    @RestQuery
    @Parameter(description = SortDocumentation.GENERAL, example = "-createdAt,name")
    String sort;

    @RestQuery
    @Size(max = 4096)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a cursor as a page's next or previous gives it")
    @Parameter(
            description = "Where the page starts: a page's next or previous, sent back unchanged with the same filters"
                    + " and sort. Stable while rows are added and removed.",
            example = "eyJ2IjoxLCJkIjoiYSIsInMiOlsiY29kZSJdLCJrIjpbIkEtMSIsIjEiXX0")
    String cursor;

    @RestQuery
    @DefaultValue("false")
    @Parameter(
            description = "Also count every match: totalItems and totalPages. Counting costs a pass over the matches:"
                    + " ask only where the total is shown.",
            example = "false")
    boolean count;

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
        this(page, size, sort, null, false);
    }

    /**
     * Parameters as a caller would send them, with a cursor and the wish for totals. Nothing is checked here.
     *
     * @param page zero-based page index
     * @param size items per page, or {@code null} for the configured default
     * @param sort comma-separated fields, each optionally prefixed with {@code -}; {@code null} for the default order
     * @param cursor a page's {@code next} or {@code previous}, or {@code null} for a page by index
     * @param count whether to count every match
     */
    public PageParameters(int page, Integer size, String sort, String cursor, boolean count) {
        this.page = page;
        this.size = size;
        this.sort = sort;
        this.cursor = cursor;
        this.count = count;
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

    /**
     * The cursor as sent, or {@code null} for a page by index.
     *
     * @return a page's {@code next} or {@code previous}, not yet read
     */
    public String cursor() {
        return cursor;
    }

    /**
     * Whether the caller asked for the totals.
     *
     * @return true for {@code ?count=true}
     */
    public boolean count() {
        return count;
    }
}
