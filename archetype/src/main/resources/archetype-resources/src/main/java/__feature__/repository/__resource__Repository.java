#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.repository;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import dev.uniform.sql.RowValues;
import ${package}.${feature}.${resource}Filter;
#foreach( $field in $enumFields )
import ${package}.${feature}.${field.javaType};
#end
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.entity.${resource};
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Queries over ${labels}. Runs inside the caller's session: services open sessions and transactions. A read by id
 * goes to the database's pool directly, without a session.
 */
@ApplicationScoped
public class ${resource}Repository implements PanacheRepository<${resource}> {

#set( $columns = "id" )
#foreach( $field in $fieldList )#set( $columns = "${columns}, ${field.column}" )#end
#set( $columns = "${columns}, created_at, updated_at, version" )
    private static final String SELECT_BY_ID = "select ${columns} from ${table} where id = $1";

    private final Pool pool;

    public ${resource}Repository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The ${label} as the API shows it, or null: one statement on the reactive client, its row straight into the record.
     * A read changes nothing, so it needs neither a session nor an entity, which cost a third of its CPU.
     */
    public Uni<${resource}Response> findResponse(long id) {
        return pool.preparedQuery(SELECT_BY_ID)
                .mapping(${resource}Repository::toResponse)
                .execute(Tuple.of(id))
                .map(${resource}Repository::firstOrNull);
    }

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

    /** A row of {@link #SELECT_BY_ID}, whose columns are those of the table's migration. */
    private static ${resource}Response toResponse(Row row) {
        return new ${resource}Response(
                row.getLong("id"),
#foreach( $field in $fieldList )
                ${field.rowValue},
#end
                RowValues.instant(row, "created_at"),
                RowValues.instant(row, "updated_at"),
                row.getLong("version"));
    }

    private static <T> T firstOrNull(RowSet<T> rows) {
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    /** Makes {@code %} and {@code _} in the caller's text match themselves, not any text. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
