#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.repository;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import ${package}.${feature}.${resource}Filter;
import ${package}.${feature}.entity.${resource};
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.reactive.mutiny.Mutiny;

/** Queries over ${labels}. Runs inside the caller's session: services open sessions and transactions. */
@ApplicationScoped
public class ${resource}Repository implements PanacheRepository<${resource}> {

    /** One page of the ${labels} that match {@code filter}, in the requested order. */
    public Uni<Page<${resource}>> search(${resource}Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
#foreach( $field in $fieldList )
#if( $field.kind == "text" )
        if (filter.${field.name}() != null) {
            conditions.add("lower(${field.name}) like :${field.name} escape '\\'");
            parameters.and("${field.name}", "%" + escapeLike(filter.${field.name}().toLowerCase(Locale.ROOT)) + "%");
        }
#elseif( $field.kind == "exact" )
        if (filter.${field.name}() != null) {
            conditions.add("${field.name} = :${field.name}");
            parameters.and("${field.name}", filter.${field.name}());
        }
#else
        if (filter.min${field.Name}() != null) {
            conditions.add("${field.name} >= :min${field.Name}");
            parameters.and("min${field.Name}", filter.min${field.Name}());
        }
        if (filter.max${field.Name}() != null) {
            conditions.add("${field.name} <= :max${field.Name}");
            parameters.and("max${field.Name}", filter.max${field.Name}());
        }
#end
#end
        String query = String.join(" and ", conditions);
        return PanachePaging.fetch(find(query, PanachePaging.sortOf(page, "id"), parameters), page);
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
