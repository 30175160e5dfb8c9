package dev.uniform.internal.datasource;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * The moment by which a request must be done with the database: set when the request arrives, kept in its Vert.x
 * context, where every connection it takes from the pool reads it. Lifted once the response has begun, so that a
 * stream (an export) may read for as long as its client does.
 */
final class RequestDeadline {

    private static final String KEY = RequestDeadline.class.getName();

    private final long atNanos;
    private volatile boolean lifted;

    private RequestDeadline(long atNanos) {
        this.atNanos = atNanos;
    }

    /** Starts the deadline of the request whose context is current; does nothing outside a request's context. */
    static RequestDeadline start(Duration budget) {
        RequestDeadline deadline = new RequestDeadline(System.nanoTime() + budget.toNanos());
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            context.putLocal(KEY, deadline);
        }
        return deadline;
    }

    /** The deadline of the request whose context is current; null outside a request or once its response began. */
    static RequestDeadline current() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return null;
        }
        RequestDeadline deadline = context.getLocal(KEY);
        return deadline == null || deadline.lifted ? null : deadline;
    }

    /** Milliseconds left, zero or less once passed. */
    long remainingMillis() {
        return Math.floorDiv(atNanos - System.nanoTime(), 1_000_000L);
    }

    void lift() {
        lifted = true;
    }
}
