package dev.uniform.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what PostgreSQL and its drivers report, whichever driver raised it (JDBC or the reactive Vert.x client)
 * and however Hibernate wrapped it: integrity failures, values the database refuses, and a database that cannot be
 * reached or did not answer in time. Services use it to turn a unique-key clash into a precise
 * {@link ConflictException}; the problem mappers use it to answer 409, 400 or 503 when a service did not.
 */
public final class DatabaseErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /**
     * Values the database refuses that a request can carry: too long (22001), out of numeric range (22003), a bad date
     * or time (22007, 22008), a character the encoding refuses (22021, 22P05), text that is not of the column's type
     * (22P02), a missing required value (23502) and a failed CHECK constraint (23514).
     */
    private static final Set<String> REJECTED_VALUES =
            Set.of("22001", "22003", "22007", "22008", "22021", "22P02", "22P05", "23502", "23514");

    /**
     * Failures that pass: the server shutting down or starting (57P01 to 57P03), too many connections or other
     * exhausted resources (class 53), a lost connection (class 08), a statement cancelled by statement_timeout (57014)
     * or a lock not granted within lock_timeout (55P03), and transactions aborted to resolve a deadlock or a
     * serialization conflict (40P01, 40001).
     */
    private static final Set<String> TRANSIENT_STATES =
            Set.of("57P01", "57P02", "57P03", "57014", "55P03", "40P01", "40001");

    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");

    /**
     * The reactive client's and the network's ways of saying that no connection could be had or kept: a reset or broken
     * socket is the database's, as the HTTP caller's own never reaches a service's code.
     */
    private static final Set<String> UNREACHABLE_TYPES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.netty.channel.ConnectTimeoutException",
            "io.netty.channel.unix.Errors$NativeIoException",
            "java.net.ConnectException",
            "java.net.SocketException",
            "java.nio.channels.ClosedChannelException",
            // uniform-runtime's own: a request's time for the database ran out while it waited for a connection.
            "dev.uniform.internal.datasource.DatabaseDeadlineException");

    /**
     * Messages of the reactive client's stack-less failures: no connection freed up within the pool's connection
     * timeout (Pool.getConnection, then pool.query), and statements queued on a connection that closed.
     */
    private static final Set<String> UNREACHABLE_MESSAGES = Set.of(
            "Timeout",
            "Timeout waiting for connection",
            "Pending requests failed to be sent due to connection has been closed.");

    /**
     * What the operating system says of a connection the other end reset or closed, in the plain {@code IOException}
     * of the JDK's socket transport: the HTTP caller's own never reaches a service's code, so it is the database's.
     */
    private static final Set<String> RESET_CONNECTION_MESSAGES =
            Set.of("Connection reset by peer", "Connection reset", "Broken pipe");

    /**
     * The start of the message of a statement sent on a connection the database has just cut, before the pool saw it
     * close; the status that follows varies (CLOSED, CLOSING). Found by the fault suite with 64 writers.
     */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    /** By name: Hibernate and Jakarta Persistence are optional dependencies of this library. */
    private static final Set<String> OPTIMISTIC_LOCK_FAILURES =
            Set.of("org.hibernate.StaleStateException", "jakarta.persistence.OptimisticLockException");

    /** How PostgreSQL names the constraint a write violated, in the message every driver passes on. */
    private static final Pattern CONSTRAINT_NAME = Pattern.compile("violates [a-z ]*constraint \"([^\"]+)\"");

    /** How PostgreSQL words a delete that rows of another table still refer to, in every driver's message. */
    private static final Pattern STILL_REFERENCED =
            Pattern.compile("violates foreign key constraint \"[^\"]+\" on table \"");

    private static final boolean REACTIVE_CLIENT_PRESENT = isPresent("io.vertx.sqlclient.DatabaseException");

    private DatabaseErrors() {}

    /**
     * Whether {@code failure} or one of its causes says a unique constraint rejected the write.
     *
     * @param failure the failure as caught, however wrapped: the first of its causes with an SQLSTATE decides
     * @return true for SQLSTATE 23505; a service then answers a {@link ConflictException} naming the taken value
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return sqlStateOf(failure).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    /**
     * The name of the constraint that {@code failure} or one of its causes says the write violated, such as
     * {@code orders_code_key}: which unique value was taken, when a table has several. Empty when none is named.
     *
     * @param failure the failure as caught, however wrapped: each of its causes is examined, outermost first
     * @return the name the migration gave it, or PostgreSQL's default, such as {@code <table>_<column>_key}
     */
    public static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause : causesOf(failure)) {
            Matcher named = CONSTRAINT_NAME.matcher(String.valueOf(cause.getMessage()));
            if (named.find()) {
                return Optional.of(named.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code failure} or one of its causes says a foreign key rejected the write.
     *
     * @param failure the failure as caught, however wrapped: the first of its causes with an SQLSTATE decides
     * @return true for SQLSTATE 23503, either way round; {@link #isStillReferenced} tells which
     */
    public static boolean isForeignKeyViolation(Throwable failure) {
        return sqlStateOf(failure).filter(FOREIGN_KEY_VIOLATION::equals).isPresent();
    }

    /**
     * Whether a foreign key rejected a delete (or a change of identifier) because other rows still refer to the row:
     * PostgreSQL then names the referring table after the constraint ({@code violates foreign key constraint
     * "order_lines_order_id_fkey" on table "order_lines"}).
     *
     * @param failure the failure as caught, however wrapped: each of its causes is examined, outermost first
     * @return true when the row cannot go while others refer to it, which the problem mappers answer with 409
     */
    public static boolean isStillReferenced(Throwable failure) {
        return isForeignKeyViolation(failure)
                && causesOf(failure).stream()
                        .anyMatch(cause -> STILL_REFERENCED
                                .matcher(String.valueOf(cause.getMessage()))
                                .find());
    }

    /**
     * Whether a foreign key rejected an insert or update because the row it refers to does not exist.
     *
     * @param failure the failure as caught, however wrapped: each of its causes is examined, outermost first
     * @return true when a {@link ReferenceNotFoundException} naming the field is the answer (422)
     */
    public static boolean isMissingReference(Throwable failure) {
        return isForeignKeyViolation(failure) && !isStillReferenced(failure);
    }

    /**
     * Whether {@code failure} or one of its causes says an optimistic lock failed: the row's version changed between
     * read and write, because another transaction changed it first.
     *
     * @param failure the failure as caught, however wrapped: each of its causes is examined, outermost first
     * @return true for Hibernate's {@code StaleStateException} or an {@code OptimisticLockException}: a 412
     */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        return causesOf(failure).stream().anyMatch(cause -> isOneOf(cause, OPTIMISTIC_LOCK_FAILURES));
    }

    /**
     * Whether {@code failure} or one of its causes says the database refused a value the request carried, one that
     * the service did not validate: a client mistake, but one the service should catch itself with a named field.
     *
     * @param failure the failure as caught, however wrapped: the first of its causes with an SQLSTATE decides
     * @return true for SQLSTATEs such as 22001 (too long) or 23514 (a CHECK failed), which the mappers answer 400
     */
    public static boolean isRejectedValue(Throwable failure) {
        return sqlStateOf(failure).filter(REJECTED_VALUES::contains).isPresent();
    }

    /**
     * Whether {@code failure} or one of its causes says the database cannot serve the request now but may soon: it
     * cannot be reached, no pooled connection became free in time, the connection was lost, the server is shutting
     * down or starting, or a statement or lock took longer than allowed.
     *
     * @param failure the failure as caught, however wrapped: its first SQLSTATE decides, else what its causes are and say
     * @return true when a retry may succeed later; the problem mappers answer 503 with {@code Retry-After}
     */
    public static boolean isUnavailable(Throwable failure) {
        Optional<String> state = sqlStateOf(failure);
        if (state.isPresent()) {
            return TRANSIENT_STATES.contains(state.get())
                    || TRANSIENT_CLASSES.contains(
                            state.get().substring(0, Math.min(2, state.get().length())));
        }
        return causesOf(failure).stream().anyMatch(DatabaseErrors::isUnreachable);
    }

    static Optional<String> sqlStateOf(Throwable failure) {
        for (Throwable cause : causesOf(failure)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (REACTIVE_CLIENT_PRESENT && cause instanceof io.vertx.sqlclient.DatabaseException database) {
                return Optional.ofNullable(database.getSqlState());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code failure} and its causes, outermost first, ending at an exception that is its own cause; then the failures
     * suppressed along the way, as Mutiny's {@code CompositeException} keeps all but the first (a statement that
     * failed, then the rollback that failed with it).
     */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        for (Throwable cause : List.copyOf(causes)) {
            for (Throwable suppressed : cause.getSuppressed()) {
                if (!causes.contains(suppressed)) {
                    causes.add(suppressed);
                }
            }
        }
        return causes;
    }

    private static boolean isUnreachable(Throwable cause) {
        return isOneOf(cause, UNREACHABLE_TYPES)
                || cause.getClass() == IOException.class && RESET_CONNECTION_MESSAGES.contains(cause.getMessage())
                || isVertxFailure(cause)
                        && (UNREACHABLE_MESSAGES.contains(cause.getMessage())
                                || String.valueOf(cause.getMessage()).startsWith(INACTIVE_CONNECTION));
    }

    /** The client's failures without a type of their own: {@code VertxException} and {@code NoStackTraceThrowable}. */
    private static boolean isVertxFailure(Throwable cause) {
        return cause.getClass().getName().startsWith("io.vertx.");
    }

    /** Whether {@code cause} is of one of the named types or a subclass of one; by name, as none of them is required. */
    private static boolean isOneOf(Throwable cause, Set<String> typeNames) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (typeNames.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, DatabaseErrors.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
