#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.repository;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import ${package}.${feature}.${resource}Filter;
import ${package}.${feature}.${resource}Prices;
import ${package}.${feature}.${resource}Status;
import ${package}.${feature}.entity.${resource};
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** Queries over ${labels}. Runs inside the caller's session: services open sessions and transactions. */
@ApplicationScoped
public class ${resource}Repository implements PanacheRepository<${resource}> {

    /** One page of the ${labels} that match {@code filter}, in the requested order. */
    public Uni<Page<${resource}>> search(${resource}Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.text() != null) {
            conditions.add("(lower(name) like :text escape '\\' or lower(code) like :text escape '\\')");
            parameters.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.minPrice() != null) {
            conditions.add("price >= :minPrice");
            parameters.and("minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            conditions.add("price <= :maxPrice");
            parameters.and("maxPrice", filter.maxPrice());
        }
        String query = String.join(" and ", conditions);
        return PanachePaging.fetch(find(query, PanachePaging.sortOf(page, "id"), parameters), page);
    }

    /** How many ${labels} each status has, every status listed; on {@code session} alone, see SeparateSessions. */
    public Uni<Map<${resource}Status, Long>> countByStatus(Mutiny.Session session) {
        return session.createSelectionQuery("select status, count(*) from ${resource} group by status", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<${resource}Status, Long> counts = new EnumMap<>(${resource}Status.class);
                    for (${resource}Status status : ${resource}Status.values()) {
                        counts.put(status, 0L);
                    }
                    rows.forEach(row -> counts.put((${resource}Status) row[0], (Long) row[1]));
                    return counts;
                });
    }

    /** The lowest, highest and average price; on {@code session} alone, see SeparateSessions. */
    public Uni<${resource}Prices> prices(Mutiny.Session session) {
        String query = "select new ${package}.${feature}.${resource}Prices(min(price), max(price), avg(price))"
                + " from ${resource}";
        return session.createSelectionQuery(query, ${resource}Prices.class).getSingleResult();
    }

    /**
     * Up to {@code size} ${labels} with identifiers above {@code after}, in identifier order: one chunk of an export
     * that pages by key, so that no chunk costs more than the first. On {@code session} alone, see SeparateSessions.
     */
    public Uni<List<${resource}>> chunkAfter(Mutiny.Session session, long after, int size) {
        return session.createSelectionQuery("from ${resource} where id > :after order by id", ${resource}.class)
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Deletes the ${label} if it is still at {@code version}, in one statement: after a concurrent change or delete it
     * deletes nothing. Never {@code delete(entity)} or {@code deleteById}: Hibernate Reactive's delete coordinator is
     * shared by all sessions, and concurrent deletes through it hang or fail (hibernate-reactive#1713).
     *
     * @return whether it deleted the ${label}
     */
    public Uni<Boolean> deleteIfVersion(long id, long version) {
        return delete("id = ?1 and version = ?2", id, version).map(deleted -> deleted == 1);
    }

    /** Makes {@code %} and {@code _} in the caller's text match themselves, not any text. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
