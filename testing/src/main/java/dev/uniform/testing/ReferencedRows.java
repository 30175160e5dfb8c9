package dev.uniform.testing;

import io.quarkus.vertx.VertxContextSupport;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Rows of one resource that the tests of other resources refer to: made by the resource's own fixtures, and removed
 * once the referring rows are gone, so that nothing the tests leave behind stops the resource's own tests from emptying
 * its table (a foreign key refuses to delete a row that another still refers to).
 */
public final class ReferencedRows {

    private final String table;
    private final LongSupplier maker;
    private final Set<Long> made = ConcurrentHashMap.newKeySet();

    /**
     * @param table the resource's table, where {@link #removeMade} deletes
     * @param maker creates a valid row, as the resource's fixtures do, and returns its identifier
     */
    public ReferencedRows(String table, LongSupplier maker) {
        if (!table.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
        this.maker = maker;
    }

    /**
     * Makes a row to refer to, and returns its identifier. Call it on a test's thread, never on an event loop.
     *
     * @return the new row's identifier, remembered for {@link #removeMade}
     */
    public long make() {
        long id = maker.getAsLong();
        made.add(id);
        return id;
    }

    /**
     * Deletes the rows {@link #make()} made that are still there; those deleted meanwhile are skipped. The rows that
     * referred to them must be gone first.
     *
     * @param sessions the service's session factory; the delete runs in a transaction of its own
     * @throws Throwable what the delete failed with, such as a foreign key violation while rows still refer to them
     */
    public void removeMade(Mutiny.SessionFactory sessions) throws Throwable {
        List<Long> ids = List.copyOf(made);
        if (ids.isEmpty()) {
            return;
        }
        String delete = "delete from " + table + " where id in (:ids)";
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session ->
                session.createNativeQuery(delete).setParameter("ids", ids).executeUpdate()));
        made.removeAll(ids);
    }
}
