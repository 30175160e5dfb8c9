package dev.uniform.internal.datasource;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.SqlConnection;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pool as Quarkus made it, with each connection a request takes bounded by the request's {@link RequestDeadline}:
 * the wait for it ends at the deadline, and a statement still running then is cancelled (SQLSTATE 57014, answered
 * 503 like a statement timeout). Vert.x offers no hook for either, so this is a proxy of {@code PgPool} (which Quarkus
 * requires of a pool creator) that changes {@code getConnection} and passes every other call on; {@code
 * withConnection} and {@code withTransaction} are the interface's own and take their connections through it.
 */
final class DeadlineBoundPool implements InvocationHandler {

    private final PgPool pool;
    private final Vertx vertx;
    private final long connectionTimeoutMillis;

    private DeadlineBoundPool(PgPool pool, Vertx vertx, Duration connectionTimeout) {
        this.pool = pool;
        this.vertx = vertx;
        this.connectionTimeoutMillis = connectionTimeout.toMillis();
    }

    static PgPool wrap(PgPool pool, Vertx vertx, Duration connectionTimeout) {
        return (PgPool) Proxy.newProxyInstance(
                PgPool.class.getClassLoader(),
                new Class<?>[] {PgPool.class},
                new DeadlineBoundPool(pool, vertx, connectionTimeout));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("getConnection")) {
            Future<SqlConnection> connection = connection();
            if (args == null) {
                return connection;
            }
            connection.onComplete((Handler<AsyncResult<SqlConnection>>) args[0]);
            return null;
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        try {
            return method.invoke(pool, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
        return connection.map(acquired -> cancelledAt(deadline, acquired));
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
     * {@code connection}, whose statement still running at the deadline PostgreSQL cancels, unless the request gave it
     * back or began its response first.
     */
    private SqlConnection cancelledAt(RequestDeadline deadline, SqlConnection connection) {
        if (!(connection instanceof PgConnection postgres)) {
            return connection;
        }
        AtomicBoolean released = new AtomicBoolean();
        long timer = vertx.setTimer(Math.max(1, deadline.remainingMillis()), fired -> {
            if (!released.get() && !deadline.isLifted()) {
                postgres.cancelRequest();
            }
        });
        return (SqlConnection) Proxy.newProxyInstance(
                PgConnection.class.getClassLoader(), new Class<?>[] {PgConnection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        released.set(true);
                        vertx.cancelTimer(timer);
                    }
                    try {
                        return method.invoke(postgres, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
