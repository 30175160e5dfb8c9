package dev.uniform.internal.datasource;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * The pool as Quarkus made it, with each connection a request takes bounded by the request's {@link RequestDeadline}:
 * the wait for it ends at the deadline, and PostgreSQL ends a statement still running then (SQLSTATE 57014, answered
 * 503 like any statement timeout). Vert.x offers no hook for either, so this is a {@code PgPool} (which Quarkus
 * requires of a pool creator) that changes {@code getConnection} and passes every other call on; {@code
 * withConnection} and {@code withTransaction} are the interface's own and take their connections through it. Its
 * methods delegate by hand, not by a reflective proxy: every request of a service comes through here.
 */
// PgPool is deprecated in Vert.x 4.5, yet it is what Quarkus requires a pool creator to return.
@SuppressWarnings("deprecation")
final class DeadlineBoundPool implements PgPool {

    /**
     * How far the budget left may fall below the statement timeout before a connection gets a shorter one: below it,
     * a request that waited a little for its connection may outlast its budget by as much, and pays no round trip.
     */
    private static final long UNBOUNDED_SLACK_MILLIS = 500;

    private final PgPool pool;
    private final Vertx vertx;
    private final long connectionTimeoutMillis;
    private final long statementTimeoutMillis;

    DeadlineBoundPool(PgPool pool, Vertx vertx, DatasourceConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.connectionTimeoutMillis = config.connectionTimeout().toMillis();
        this.statementTimeoutMillis = config.statementTimeout().toMillis();
    }

    @Override
    public Future<SqlConnection> getConnection() {
        return connection();
    }

    @Override
    public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
        connection().onComplete(handler);
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return pool.query(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return pool.preparedQuery(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return pool.preparedQuery(sql, options);
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        pool.close(handler);
    }

    @Override
    public Future<Void> close() {
        return pool.close();
    }

    @Override
    public PgPool connectHandler(Handler<SqlConnection> handler) {
        pool.connectHandler(handler);
        return this;
    }

    @Override
    public PgPool connectionProvider(Function<Context, Future<SqlConnection>> provider) {
        pool.connectionProvider(provider);
        return this;
    }

    @Override
    public int size() {
        return pool.size();
    }

    private Future<SqlConnection> connection() {
        RequestDeadline deadline = RequestDeadline.current();
        if (deadline == null) {
            return pool.getConnection();
        }
        long remaining = deadline.remainingMillis();
        if (remaining <= 0) {
            return Future.failedFuture(new DatabaseDeadlineException());
        }
        Future<SqlConnection> connection =
                remaining < connectionTimeoutMillis ? connectionWithin(remaining) : pool.getConnection();
        return connection.compose(acquired -> boundedBy(deadline, acquired));
    }

    /** A connection if one is free within {@code millis}; one that comes later goes back to the pool. */
    private Future<SqlConnection> connectionWithin(long millis) {
        Promise<SqlConnection> promise = Promise.promise();
        long timer = vertx.setTimer(millis, fired -> promise.tryFail(new DatabaseDeadlineException()));
        pool.getConnection().onComplete(acquired -> {
            vertx.cancelTimer(timer);
            if (acquired.failed()) {
                promise.tryFail(acquired.cause());
            } else if (!promise.tryComplete(acquired.result())) {
                acquired.result().close();
            }
        });
        return promise.future();
    }

    /**
     * {@code connection}, with PostgreSQL's statement timeout cut to what is left of the budget when that is less than
     * the timeout already bounds, and set back when the request gives the connection back. PostgreSQL then ends a
     * statement at the deadline itself, in its own transaction: a cancel request sent from here could arrive after the
     * statement ended and hit the next one, even another request's rollback (the fault suite found it so).
     */
    private Future<SqlConnection> boundedBy(RequestDeadline deadline, SqlConnection connection) {
        long remaining = deadline.remainingMillis();
        if (statementTimeoutMillis - remaining < UNBOUNDED_SLACK_MILLIS) {
            return Future.succeededFuture(connection);
        }
        if (remaining <= 0) {
            connection.close();
            return Future.failedFuture(new DatabaseDeadlineException());
        }
        return connection
                .query("set statement_timeout = " + remaining)
                .execute()
                .<SqlConnection>map(set -> restoredOnClose(connection))
                .recover(failure -> connection.close().transform(closed -> Future.failedFuture(failure)));
    }

    /** {@code connection}, whose statement timeout goes back to the session's default before it goes back to the pool. */
    @SuppressWarnings("unchecked")
    private static SqlConnection restoredOnClose(SqlConnection connection) {
        Class<?> type = connection instanceof PgConnection ? PgConnection.class : SqlConnection.class;
        return (SqlConnection) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        Future<Void> closed = connection
                                .query("reset statement_timeout")
                                .execute()
                                .transform(reset -> connection.close());
                        if (args == null) {
                            return closed;
                        }
                        closed.onComplete((Handler<AsyncResult<Void>>) args[0]);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
