package dev.uniform.persistence;

import dev.uniform.idempotency.IdempotentOperations;
import dev.uniform.internal.persistence.ExportConfig;
import dev.uniform.internal.persistence.ExportReads;
import dev.uniform.internal.persistence.ExportWorkers;
import dev.uniform.resource.Representation;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.metamodel.EntityType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Makes the {@link ResourceStore} of each resource of a service, which a service keeps in a field:
 *
 * <pre>{@code
 * public ProductService(ResourceStores stores) {
 *     this.products = stores.of(Product.class, ProductResponse.class, ProductMapper::toResponse);
 * }
 * }</pre>
 *
 * Only for services on PostgreSQL with Hibernate Reactive.
 */
// Only where the default datasource is PostgreSQL: then its reactive client is there too.
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
@ApplicationScoped
public class ResourceStores {

    /** The table a foreign key refers to, by the key's name. */
    private static final String REFERENCED_TABLE =
            "select confrelid::regclass::text from pg_constraint where conname = $1 and contype = 'f'";

    private final ResourceStore.Services services;
    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final Map<String, Optional<String>> referencedLabels = new ConcurrentHashMap<>();
    private volatile Map<String, String> labelsByTable;

    /**
     * Made by CDI: services inject this bean; not API, as its configuration type is not.
     *
     * @param pool the reactive pool, for reads by id
     * @param sessions Hibernate Reactive's sessions, for the entities the tables hold
     * @param idempotency for creates that carry an {@code Idempotency-Key}
     * @param export {@code uniform.export.chunk-size}, resources per round trip of an export
     * @param exportReads the turns of all exports' chunk reads
     * @param exportWorkers the threads on which exports' rows become representations
     */
    ResourceStores(
            Pool pool,
            Mutiny.SessionFactory sessions,
            IdempotentOperations idempotency,
            ExportConfig export,
            ExportReads exportReads,
            ExportWorkers exportWorkers) {
        this.services = new ResourceStore.Services(pool, idempotency, export.chunkSize(), exportReads, exportWorkers);
        this.sessions = sessions;
        this.pool = pool;
    }

    /**
     * The store of one resource; made once, when the service that keeps it is.
     *
     * @param <E> the entity
     * @param <R> the representation
     * @param entity the entity class, mapped to its table with {@code @Table}
     * @param representation the record the API shows it as; each of its components must be a field of the entity
     * @param toRepresentation copies an entity into a representation, as the service's mapper does
     * @return the store
     * @throws IllegalStateException naming the components of {@code representation} a row of the table cannot give
     */
    public <E extends VersionedEntity, R extends Representation> ResourceStore<E, R> of(
            Class<E> entity, Class<R> representation, Function<E, R> toRepresentation) {
        StoredNames names = StoredNames.of(entity, this::labelReferencedBy);
        return new ResourceStore<>(entity, representation, toRepresentation, names, services);
    }

    /**
     * The label of the resource a foreign key refers to: the table PostgreSQL says it refers to, among those of the
     * entities Hibernate knows. Asked once per key, only when a write names a row that is not there; a database that
     * cannot answer leaves the problem to name the field alone.
     */
    private Uni<Optional<String>> labelReferencedBy(String foreignKey) {
        Optional<String> known = referencedLabels.get(foreignKey);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        // On a connection, not Pool.preparedQuery (vertx-sql-client#1706, see ResourceStore.get).
        return pool.withConnection(
                        connection -> connection.preparedQuery(REFERENCED_TABLE).execute(Tuple.of(foreignKey)))
                .map(rows -> rows.size() == 0
                        ? Optional.<String>empty()
                        : labelOfTable(unqualified(rows.iterator().next().getString(0))))
                .invoke(label -> referencedLabels.put(foreignKey, label))
                .onFailure()
                .recoverWithItem(Optional.empty());
    }

    /** {@code public.categories} or {@code "Categories"} as the entity's {@code @Table} names it. */
    private static String unqualified(String table) {
        return table.substring(table.lastIndexOf('.') + 1).replace("\"", "");
    }

    /** The label of the resource stored in {@code table}, among the entities Hibernate knows. */
    private Optional<String> labelOfTable(String table) {
        Map<String, String> labels = labelsByTable;
        if (labels == null) {
            labels = sessions.getMetamodel().getEntities().stream()
                    .map(EntityType::getJavaType)
                    .map(type -> StoredNames.of(type, key -> Uni.createFrom().item(Optional.empty())))
                    .collect(Collectors.toUnmodifiableMap(
                            StoredNames::table, StoredNames::label, (first, other) -> first));
            labelsByTable = labels;
        }
        return Optional.ofNullable(labels.get(table));
    }
}
