package dev.uniform.internal.apikeys;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table {@code api_keys} on the service's reactive pool: one statement per call, each its own transaction, so
 * that checking a key never joins or waits for the transaction of the request it guards.
 */
@Singleton
class ApiKeyStore {

    private static final String VIEW_COLUMNS = "id, name, roles, created_at, expires_at, revoked_at, last_used_at";

    /**
     * The most keys a listing answers with, the most recently issued when there are more: a bound a client can size
     * its read by (OWASP API4:2023), far above the machine callers of one service.
     */
    static final int LISTED_AT_MOST = 1000;

    private final Pool pool;

    ApiKeyStore(Pool pool) {
        this.pool = pool;
    }

    Uni<Optional<StoredKey>> find(String id) {
        return execute("select id, key_sha256, roles, expires_at, revoked_at from api_keys where id = $1", Tuple.of(id))
                .map(rows -> first(rows).map(ApiKeyStore::storedKey));
    }

    Uni<ApiKeyView> insert(String id, byte[] hash, ApiKeyIssue issue) {
        return execute(
                        "insert into api_keys (id, key_sha256, name, roles, expires_at)"
                                + " values ($1, $2, $3, $4, $5) returning " + VIEW_COLUMNS,
                        Tuple.of(
                                id,
                                Buffer.buffer(hash),
                                issue.name(),
                                issue.roles().toArray(String[]::new),
                                issue.expiresAt()))
                .map(rows -> view(rows.iterator().next()));
    }

    Uni<List<ApiKeyView>> list() {
        return execute(
                        "select * from (select " + VIEW_COLUMNS + " from api_keys order by created_at desc, id desc"
                                + " limit $1) newest order by created_at, id",
                        Tuple.of(LISTED_AT_MOST))
                .map(ApiKeyStore::views);
    }

    Uni<Optional<ApiKeyView>> get(String id) {
        return execute("select " + VIEW_COLUMNS + " from api_keys where id = $1", Tuple.of(id))
                .map(rows -> first(rows).map(ApiKeyStore::view));
    }

    /** Revokes the key, keeping the first revocation's time; empty for an unknown id. */
    Uni<Optional<ApiKeyView>> revoke(String id) {
        return execute(
                        "update api_keys set revoked_at = coalesce(revoked_at, now()) where id = $1 returning "
                                + VIEW_COLUMNS,
                        Tuple.of(id))
                .map(rows -> first(rows).map(ApiKeyStore::view));
    }

    /** Records a use, unless one was recorded within the resolution (by this replica or another). */
    Uni<Void> recordUse(String id, long resolutionSeconds) {
        return execute(
                        "update api_keys set last_used_at = now() where id = $1"
                                + " and (last_used_at is null or last_used_at < now() - $2 * interval '1 second')",
                        Tuple.of(id, resolutionSeconds))
                .replaceWithVoid();
    }

    /**
     * One statement on a connection of its own, released when it ends: {@code Pool.preparedQuery} would report a
     * spurious uncaught failure for each call while the database is down (vertx-sql-client#1706).
     */
    private Uni<RowSet<Row>> execute(String sql, Tuple arguments) {
        return pool.withConnection(connection -> connection.preparedQuery(sql).execute(arguments));
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }

    private static StoredKey storedKey(Row row) {
        return new StoredKey(
                row.getString("id"),
                row.getBuffer("key_sha256").getBytes(),
                Set.copyOf(Arrays.asList(row.getArrayOfStrings("roles"))),
                Optional.ofNullable(row.getOffsetDateTime("expires_at")),
                row.getOffsetDateTime("revoked_at") != null);
    }

    private static List<ApiKeyView> views(RowSet<Row> rows) {
        List<ApiKeyView> views = new ArrayList<>(rows.size());
        rows.forEach(row -> views.add(view(row)));
        return views;
    }

    private static ApiKeyView view(Row row) {
        return new ApiKeyView(
                row.getString("id"),
                row.getString("name"),
                List.of(row.getArrayOfStrings("roles")),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("expires_at"),
                row.getOffsetDateTime("revoked_at"),
                row.getOffsetDateTime("last_used_at"));
    }
}
