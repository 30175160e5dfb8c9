package dev.uniform.paging;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Runs a {@link PageRequest} against a Panache query. Only for services that use Hibernate Reactive Panache. */
public final class PanachePaging {

    private PanachePaging() {}

    /**
     * The Panache sort for {@code request}, ending with {@code tieBreaker} (usually the id) so that rows with equal
     * sort keys keep one order across pages.
     *
     * @param request the validated request, whose orders come first
     * @param tieBreaker an entity property unique per row; added ascending unless the request already sorts by it
     * @return the sort to pass to Panache's {@code find} or {@code findAll}, before {@link #fetch}
     */
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
     * @return the page of entities with the total count; {@link Page#map} turns them into API records
     */
    public static <E> Uni<Page<E>> fetch(PanacheQuery<E> query, PageRequest request) {
        return query.page(request.page(), request.size())
                .list()
                .flatMap(items -> query.count().map(total -> Page.of(items, request, total)));
    }
}
