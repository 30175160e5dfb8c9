package dev.uniform.internal.datasource;

/**
 * A request reached its {@link RequestDeadline} while it waited for a pooled connection: the database is busy, and
 * the request is answered 503 with Retry-After, as {@code DatabaseErrors} knows this type by name.
 */
public final class DatabaseDeadlineException extends RuntimeException {

    public DatabaseDeadlineException() {
        super("The request's time for the database ran out while it waited for a connection", null, false, false);
    }
}
