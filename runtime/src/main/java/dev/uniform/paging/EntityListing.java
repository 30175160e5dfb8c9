package dev.uniform.paging;

import dev.uniform.problem.InvalidParameterException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * One page of an entity's rows: by index or from a cursor, in the requested order with the identifier breaking ties,
 * one row more than the page to learn whether a next one exists, and the count only when asked.
 */
final class EntityListing<E> {

    private final Mutiny.Session session;
    private final Class<E> entity;
    private final EntityType<E> type;
    private final Criteria where;
    private final PageRequest request;
    /** The order with the identifier last, in the direction the caller reads. */
    private final List<SortOrder> orders;

    EntityListing(Mutiny.Session session, Class<E> entity, Criteria where, PageRequest request) {
        this.session = session;
        this.entity = entity;
        this.type = session.getFactory().getMetamodel().entity(entity);
        this.where = where;
        this.request = request;
        this.orders = withTieBreaker(request.sort(), identifier().getName());
    }

    Uni<CursorPage<E>> read() {
        return rows().chain(rows -> request.counted()
                ? count().map(total -> pageOf(rows, total))
                : Uni.createFrom().item(pageOf(rows, null)));
    }

    /**
     * The page's rows and one more, if there is one; read backwards (the order reversed, then the rows) for a
     * {@code previous} cursor.
     */
    private Uni<List<E>> rows() {
        PageCursor cursor = request.cursor();
        boolean backwards = cursor != null && !cursor.after();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>(where.parameters().map());
        if (!where.query().isEmpty()) {
            conditions.add("(" + where.query() + ")");
        }
        if (cursor != null) {
            conditions.add(Keyset.after(keysOf(cursor, backwards), parameters));
        }
        String order = orders.stream()
                .map(sort -> sort.property() + (sort.ascending() != backwards ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        String hql = "from " + type.getName() + whereClause(conditions) + " order by " + order;
        Mutiny.SelectionQuery<E> query = session.createSelectionQuery(hql, entity);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(cursor == null ? (int) request.offset() : 0)
                .setMaxResults(request.size() + 1)
                .getResultList()
                .map(rows -> {
                    if (!backwards) {
                        return rows;
                    }
                    List<E> forwards = new ArrayList<>(rows);
                    Collections.reverse(forwards);
                    return forwards;
                });
    }

    /** Every match, without the cursor's bound. */
    private Uni<Long> count() {
        List<String> conditions = where.query().isEmpty() ? List.of() : List.of(where.query());
        Mutiny.SelectionQuery<Long> query = session.createSelectionQuery(
                "select count(*) from " + type.getName() + whereClause(conditions), Long.class);
        where.parameters().map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The rows read, one too many where a further page exists: at the end when reading forwards, at the start when
     * reading backwards.
     */
    private CursorPage<E> pageOf(List<E> read, Long total) {
        PageCursor cursor = request.cursor();
        boolean backwards = cursor != null && !cursor.after();
        boolean more = read.size() > request.size();
        List<E> items = !more ? read : backwards ? read.subList(1, read.size()) : read.subList(0, request.size());
        String next;
        String previous;
        if (items.isEmpty()) {
            // Past either end: the way back starts where the cursor pointed.
            next = cursor != null && backwards ? cursor.reversed().encode() : null;
            previous = cursor != null && !backwards ? cursor.reversed().encode() : null;
        } else {
            boolean nextExists = backwards || more;
            boolean previousExists = backwards ? more : cursor != null || request.page() > 0;
            next = nextExists ? positionOf(items.get(items.size() - 1), true) : null;
            previous = previousExists ? positionOf(items.get(0), false) : null;
        }
        Integer totalPages = total == null ? null : CursorPage.pagesOf(total, request.size());
        Integer index = cursor == null ? request.page() : null;
        return new CursorPage<>(items, index, request.size(), next, previous, total, totalPages);
    }

    private String positionOf(E row, boolean after) {
        List<String> keys = new ArrayList<>();
        for (SortOrder order : orders) {
            SingularAttribute<? super E, ?> attribute = attribute(order.property());
            keys.add(KeyText.write(valueOf(row, attribute), attribute.getJavaType(), order.property()));
        }
        return new PageCursor(after, request.sort(), padded(keys)).encode();
    }

    /**
     * A cursor holds a key for each order and the identifier; where the sort names the identifier itself, the
     * orders after it never decide, and the cursor repeats it last.
     */
    private List<String> padded(List<String> keys) {
        List<String> all = new ArrayList<>(keys);
        while (all.size() < request.sort().size() + 1) {
            all.add(keys.get(keys.size() - 1));
        }
        return all.subList(0, request.sort().size() + 1);
    }

    private List<Keyset.Key> keysOf(PageCursor cursor, boolean backwards) {
        List<Keyset.Key> keys = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            SortOrder order = orders.get(i);
            SingularAttribute<? super E, ?> attribute = attribute(order.property());
            String text = i < orders.size() - 1
                    ? cursor.keys().get(i)
                    : cursor.keys().get(cursor.keys().size() - 1);
            Object value;
            try {
                value = KeyText.read(text, attribute.getJavaType(), order.property());
            } catch (IllegalArgumentException | DateTimeParseException notItsType) {
                throw new InvalidParameterException(PageCursor.PARAMETER, PageCursor.forged());
            }
            if (value == null && !attribute.isOptional()) {
                throw new InvalidParameterException(PageCursor.PARAMETER, PageCursor.forged());
            }
            keys.add(new Keyset.Key(order.property(), order.ascending() != backwards, attribute.isOptional(), value));
        }
        return keys;
    }

    private SingularAttribute<? super E, ?> attribute(String property) {
        return type.getSingularAttribute(property);
    }

    private SingularAttribute<? super E, ?> identifier() {
        return type.getSingularAttributes().stream()
                .filter(SingularAttribute::isId)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(entity.getName() + " has no single identifier to page by"));
    }

    private static Object valueOf(Object row, SingularAttribute<?, ?> attribute) {
        Member member = attribute.getJavaMember();
        if (!(member instanceof Field field)) {
            throw new IllegalStateException("Listings page by cursor through fields; " + attribute.getName() + " of "
                    + attribute.getDeclaringType().getJavaType().getName() + " is a " + member);
        }
        try {
            return field.get(row);
        } catch (IllegalAccessException notPublic) {
            field.trySetAccessible();
            try {
                return field.get(row);
            } catch (IllegalAccessException stillNot) {
                throw new IllegalStateException("cannot read " + field, stillNot);
            }
        }
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * The requested orders, then the identifier in the direction of the last, so that one index on a sort field and
     * the identifier serves the whole order; nothing after the identifier, which decides alone.
     */
    static List<SortOrder> withTieBreaker(List<SortOrder> sort, String identifier) {
        List<SortOrder> orders = new ArrayList<>();
        for (SortOrder order : sort) {
            orders.add(order);
            if (order.property().equals(identifier)) {
                return orders;
            }
        }
        boolean ascending = sort.isEmpty() || sort.get(sort.size() - 1).ascending();
        orders.add(new SortOrder(identifier, ascending));
        return orders;
    }
}
