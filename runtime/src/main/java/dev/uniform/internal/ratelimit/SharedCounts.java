package dev.uniform.internal.ratelimit;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The count of each caller's requests in the current window, for all replicas, in the service's own database: a replica
 * leases a block of the allowance at a time, so that most requests cost no round trip, and a lease never takes more
 * than is left. The table is unlogged (a crash of the database forgets the counts: callers start their window again,
 * which is the right side to err on) and made by the library when first needed, so that a service gets it by the bump.
 */
// Only where the default datasource is PostgreSQL; elsewhere each replica counts alone.
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
@ApplicationScoped
class SharedCounts {

    static final String TABLE = "uniform_rate_limits";

    private static final String CREATE_TABLE = """
            create unlogged table if not exists %s (
                caller bytea not null,
                window_start bigint not null,
                used integer not null,
                last_grant integer not null,
                primary key (caller, window_start)
            )""".formatted(TABLE);

    /**
     * Takes up to $3 of the limit $4 in one statement, under the row's lock: every SET expression sees the count before
     * this lease, so {@code last_grant} is what this lease got. No row back: nothing was left.
     */
    private static final String LEASE = """
            insert into %1$s as counts (caller, window_start, used, last_grant)
            values ($1, $2, least($3, $4), least($3, $4))
            on conflict (caller, window_start) do update
            set used = counts.used + least($3, $4 - counts.used), last_grant = least($3, $4 - counts.used)
            where counts.used < $4
            returning used, last_grant""".formatted(TABLE);

    private static final String FORGET = "delete from %s where window_start < $1".formatted(TABLE);

    /** undefined_table; and what two replicas creating the table at once may meet (duplicate_table, unique_violation). */
    private static final String UNDEFINED_TABLE = "42P01";

    private static final Set<String> CREATED_BY_ANOTHER = Set.of("42P07", "23505");

    private final Pool pool;

    SharedCounts(Pool pool) {
        this.pool = pool;
    }

    /** What a lease got, and the caller's whole count in the window after it. */
    record Grant(int granted, int used) {}

    /**
     * Takes up to {@code wanted} requests of the caller's allowance in the window.
     *
     * @return the grant, or null when the caller has used all of {@code limit} in the window
     */
    Uni<Grant> lease(byte[] caller, long windowStart, int wanted, int limit) {
        Tuple arguments = Tuple.of(Buffer.buffer(caller), windowStart, wanted, limit);
        return run(LEASE, arguments)
                .onFailure(SharedCounts::isUndefinedTable)
                .recoverWithUni(absent -> createTable().chain(() -> run(LEASE, arguments)))
                .map(SharedCounts::grantOf);
    }

    /** Deletes the counts of windows that began before {@code windowStart}. */
    Uni<Void> forgetBefore(long windowStart) {
        return run(FORGET, Tuple.of(windowStart)).replaceWithVoid();
    }

    Uni<Void> createTable() {
        return pool.withConnection(connection -> connection.query(CREATE_TABLE).execute())
                .replaceWithVoid()
                .onFailure(SharedCounts::isCreatedByAnother)
                .recoverWithNull();
    }

    private Uni<RowSet<Row>> run(String sql, Tuple arguments) {
        // On a connection, not Pool.preparedQuery: that path reports a spurious uncaught failure when the database is
        // down (vertx-sql-client#1706).
        return pool.withConnection(connection -> connection.preparedQuery(sql).execute(arguments));
    }

    private static Grant grantOf(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new Grant(row.getInteger("last_grant"), row.getInteger("used"));
    }

    private static boolean isUndefinedTable(Throwable failure) {
        return failure instanceof PgException pg && UNDEFINED_TABLE.equals(pg.getSqlState());
    }

    private static boolean isCreatedByAnother(Throwable failure) {
        return failure instanceof PgException pg && CREATED_BY_ANOTHER.contains(pg.getSqlState());
    }
}
