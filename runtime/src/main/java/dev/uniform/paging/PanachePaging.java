package dev.uniform.paging;

import dev.uniform.problem.InvalidParameterException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Runs a {@link PageRequest} in the current Panache session. Only for services that use Hibernate Reactive Panache. */
public final class PanachePaging {

    private PanachePaging() {}

    /**
     * Reads one page of the entities that match {@code where}, in the requested order with the identifier breaking
     * ties: from the request's cursor (a condition on the sort keys, which an index on them answers at any depth) or
     * by index, with cursors to the pages beside it, and counts every match only when the request asks. Runs in the
     * session of the caller's {@code @WithSession} or {@code @WithTransaction}, its queries one after the other (a
     * Hibernate Reactive session never runs two at once, hibernate-reactive#1607).
     *
     * <pre>{@code
     * return PanachePaging.fetch(Product.class, Criteria.where().equalTo("status", filter.status()), page);
     * }</pre>
     *
     * @param <E> the entity type
     * @param entity the entity class, whose properties the sort fields and the criteria name
     * @param where the conditions of the listing
     * @param request the page to read, as {@link Paging#request} made it
     * @return the page of entities; {@link CursorPage#map} turns them into API records. A cursor whose keys do not read as
     *     the sort fields' types fails with a 400 naming {@code cursor}
     */
    public static <E> Uni<CursorPage<E>> fetch(Class<E> entity, Criteria where, PageRequest request) {
        return Panache.getSession().chain(session -> new EntityListing<>(session, entity, where, request).read());
    }

    /**
     * The Panache sort for {@code request}, ending with {@code tieBreaker} (usually the id) so that rows with equal
     * sort keys keep one order across pages.
     *
     * @param request the validated request, whose orders come first
     * @param tieBreaker an entity property unique per row; added ascending unless the request already sorts by it
     * @return the sort to pass to Panache's {@code find} or {@code findAll}, before {@link #fetch(PanacheQuery,
     *     PageRequest)}
     * @deprecated {@link #fetch(Class, Criteria, PageRequest)} orders by itself, and pages by cursor too
     */
    @Deprecated(since = "0.1.0")
    public static Sort sortOf(PageRequest request, String tieBreaker) {
        Sort sort = Sort.empty();
        for (SortOrder order : request.sort()) {
            sort = sort.and(order.property(), order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending);
        }
        boolean hasTieBreaker =
                request.sort().stream().anyMatch(order -> order.property().equals(tieBreaker));
        return hasTieBreaker ? sort : sort.and(tieBreaker);
    }

    /**
     * Reads one page and the total count. The two queries run one after the other: they share the caller's session,
     * and a Hibernate Reactive session must never run two operations at once (hibernate-reactive#1607).
     *
     * @param <E> the entity type
     * @param query the query for all matches, sorted with {@link #sortOf}; this method sets its page
     * @param request the page to read
     * @return the page of entities with the total count; {@link Page#map} turns them into API records. A request with
     *     a cursor fails with a 400 naming {@code cursor}: such pages never hand one out
     * @deprecated pages by index and counts every match on every page, which costs in proportion to the table; use
     *     {@link #fetch(Class, Criteria, PageRequest)}
     */
    @Deprecated(since = "0.1.0")
    public static <E> Uni<Page<E>> fetch(PanacheQuery<E> query, PageRequest request) {
        if (request.cursor() != null) {
            return Uni.createFrom()
                    .failure(new InvalidParameterException(PageCursor.PARAMETER, "this listing pages by index only"));
        }
        return query.page(request.page(), request.size())
                .list()
                .flatMap(items -> query.count().map(total -> Page.of(items, request, total)));
    }
}
