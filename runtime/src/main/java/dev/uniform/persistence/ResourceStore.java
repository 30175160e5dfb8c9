package dev.uniform.persistence;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.PreconditionFailedException;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.idempotency.IdempotentOperations;
import dev.uniform.internal.persistence.ExportReads;
import dev.uniform.internal.persistence.ExportWorkers;
import dev.uniform.problem.ResourceNotFoundException;
import dev.uniform.resource.Representation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The stored life of one resource, as every uniform service lives it: created once per idempotency key, read by id
 * in one statement, changed and deleted only in the version the caller has seen, exported a chunk at a time. A
 * service makes one per resource from {@link ResourceStores} and calls it from its use cases, which own the
 * transactions: {@link #create}, {@link #change} and {@link #delete} join the caller's ({@code @WithTransaction}).
 *
 * <p>A value taken by another row of a unique column becomes a 409 naming the field, and a reference to nothing a 422
 * naming it, by the names the migration gave the constraints: {@code <table>_<column>_key} and
 * {@code <table>_<column>_fkey}, PostgreSQL's own defaults.
 *
 * @param <E> the entity
 * @param <R> the representation, the API record the entity is shown as
 */
public final class ResourceStore<E extends VersionedEntity, R extends Representation> {

    private final Class<E> entity;
    private final Class<R> representation;
    private final Function<E, R> toRepresentation;
    private final StoredNames names;
    private final RepresentationRows<R> rows;
    private final String selectById;
    private final String selectChunkAfter;
    private final Services services;

    /** The beans a store works with, and its settings. */
    record Services(
            Pool pool,
            IdempotentOperations idempotency,
            int chunkSize,
            ExportReads exportReads,
            ExportWorkers exportWorkers) {}

    ResourceStore(
            Class<E> entity,
            Class<R> representation,
            Function<E, R> toRepresentation,
            StoredNames names,
            Services services) {
        this.entity = entity;
        this.representation = representation;
        this.toRepresentation = toRepresentation;
        this.names = names;
        this.rows = RepresentationRows.of(representation, entity);
        this.selectById = "select " + rows.columnList() + " from " + names.table() + " where id = $1";
        this.selectChunkAfter =
                "select " + rows.columnList() + " from " + names.table() + " where id > $1 order by id limit $2";
        this.services = services;
    }

    /**
     * Stores the entity {@code made} makes; with a key, once only: a retry with the same key and request gets the
     * first result, and the same key with another request a 422. Must run in the caller's transaction.
     *
     * @param key the client's {@code Idempotency-Key}, if it sent one
     * @param request the validated request, whose JSON tells a retry from another request under the same key
     * @param made makes the new entity from the request; called only when it is to be stored
     * @return the stored resource as the API shows it, fresh or replayed
     */
    public Uni<Idempotent<R>> create(Optional<IdempotencyKey> key, Object request, Supplier<E> made) {
        return services.idempotency()
                .once(key, names.table() + ".create", request, representation, () -> insert(made.get()));
    }

    private Uni<R> insert(E created) {
        return Panache.getSession()
                .chain(session -> session.persist(created).call(session::flush))
                .map(stored -> toRepresentation.apply(created))
                .onFailure()
                .recoverWithUni(this::named);
    }

    /**
     * Reads one resource in a single statement on the database's pool, its row straight into the representation: a
     * read changes nothing, so it needs neither a session nor an entity, which cost a third of its CPU.
     *
     * @param id the identifier the caller gave
     * @return the resource; a 404 naming it when there is none
     */
    public Uni<R> get(long id) {
        // On a connection, not Pool.preparedQuery: that path reports a spurious uncaught failure for every read while
        // the database is down (vertx-sql-client#1706).
        return services.pool()
                .withConnection(connection ->
                        connection.preparedQuery(selectById).mapping(rows::read).execute(Tuple.of(id)))
                .map(found -> firstOf(found, id));
    }

    /**
     * Applies {@code edit} to the stored entity if it is still the version the caller has seen, and flushes at once,
     * so that a value taken by another row surfaces here as a 409 and a concurrent update, caught by the version
     * column, as a 412, not at commit. Must run in the caller's transaction.
     *
     * @param id the identifier the caller gave
     * @param ifMatch the versions the caller has seen
     * @param edit copies the request onto the entity
     * @return the resource as now stored; 404 when there is none, 412 when it changed since the caller read it
     */
    public Uni<R> change(long id, IfMatch ifMatch, Consumer<E> edit) {
        return Panache.getSession()
                .chain(session -> findCurrent(session, id, ifMatch).invoke(edit).call(session::flush))
                .map(toRepresentation)
                .onFailure()
                .recoverWithUni(this::named);
    }

    /**
     * Deletes the resource if it is still the version the caller has seen, in one statement: of callers that delete
     * the same version at once, one deletes it and the others get 412, as with changes. Never through Hibernate
     * Reactive's delete coordinator, which all sessions share, and with which concurrent deletes hang or fail
     * (hibernate-reactive#1713). Must run in the caller's transaction.
     *
     * @param id the identifier the caller gave
     * @param ifMatch the versions the caller has seen
     * @return done; 404 when there is none, 412 when it changed since the caller read it, 409 while others refer to it
     */
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return Panache.getSession()
                .chain(session -> findCurrent(session, id, ifMatch)
                        .chain(found -> session.createMutationQuery(
                                        "delete from " + names.entity() + " where id = :id and version = :version")
                                .setParameter("id", id)
                                .setParameter("version", found.version)
                                .executeUpdate())
                        .chain(deleted -> deleted == 1 ? Uni.createFrom().voidItem() : changedMeanwhile(id)));
    }

    /**
     * Every resource in identifier order, a chunk at a time ({@code uniform.export.chunk-size}), read as the caller
     * consumes them: memory holds one chunk, however many there are. Each chunk is one statement on the pool, paged by
     * key, in its turn among all exports' chunks ({@link ExportReads}); its rows become representations on the
     * exports' own threads ({@link ExportWorkers}), not on an event loop. No session, no transaction.
     *
     * @return the chunks, none of them empty, emitted on an export thread; {@code onItem().disjoint()} makes it a
     *     stream of single resources
     */
    public Multi<List<R>> export() {
        return Multi.createFrom().deferred(() -> {
            AtomicLong lastId = new AtomicLong();
            return Multi.createBy().repeating().uni(() -> nextChunk(lastId)).until(List::isEmpty);
        });
    }

    /**
     * The next chunk after {@code lastId}. Read without entities: hydrating a chunk of 500 with Hibernate Reactive was
     * one uninterrupted task of the event loop, which every request on it waited for.
     */
    private Uni<List<R>> nextChunk(AtomicLong lastId) {
        return services.exportReads()
                .inTurn(() -> services.pool()
                        // On a connection, not Pool.preparedQuery (vertx-sql-client#1706), as get.
                        .withConnection(connection -> connection
                                .preparedQuery(selectChunkAfter)
                                .execute(Tuple.of(lastId.get(), services.chunkSize())))
                        // In the turn: rows waiting for a thread are held in memory, as many as have been read.
                        .emitOn(services.exportWorkers())
                        .map(this::representations))
                .invoke(chunk -> {
                    if (!chunk.isEmpty()) {
                        lastId.set(chunk.get(chunk.size() - 1).id());
                    }
                });
    }

    private List<R> representations(RowSet<Row> found) {
        List<R> chunk = new ArrayList<>(found.size());
        found.forEach(row -> chunk.add(rows.read(row)));
        return chunk;
    }

    /** The failure of a write, as the problem that names its field where the database named one. */
    private Uni<R> named(Throwable failure) {
        return names.problemOf(failure).chain(problem -> Uni.createFrom().failure(problem));
    }

    /** The stored entity, if it is still the version the caller has seen. */
    private Uni<E> findCurrent(Mutiny.Session session, long id, IfMatch ifMatch) {
        return session.find(entity, id)
                .onItem()
                .ifNull()
                .failWith(() -> notFound(id))
                .invoke(found -> ifMatch.check(found.version, names.title(), id));
    }

    private R firstOf(RowSet<R> found, long id) {
        if (found.size() == 0) {
            throw notFound(id);
        }
        return found.iterator().next();
    }

    private ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException(names.title(), id);
    }

    private <T> Uni<T> changedMeanwhile(long id) {
        return Uni.createFrom().failure(PreconditionFailedException.changedMeanwhile(names.title(), id));
    }
}
