package dev.uniform.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises integrity failures reported by PostgreSQL, whichever driver raised them (JDBC or the reactive Vert.x
 * client) and however Hibernate wrapped them. Services use it to turn a unique-key clash into a precise
 * {@link ConflictException}; the problem mappers use it to answer 409 when a service did not.
 */
public final class DatabaseErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** By name: Hibernate and Jakarta Persistence are optional dependencies of this library. */
    private static final Set<String> OPTIMISTIC_LOCK_FAILURES =
            Set.of("org.hibernate.StaleStateException", "jakarta.persistence.OptimisticLockException");

    private static final boolean REACTIVE_CLIENT_PRESENT = isPresent("io.vertx.sqlclient.DatabaseException");

    private DatabaseErrors() {}

    /** Whether {@code failure} or one of its causes says a unique constraint rejected the write. */
    public static boolean isUniqueViolation(Throwable failure) {
        return sqlStateOf(failure).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    /** Whether {@code failure} or one of its causes says a foreign key rejected the write. */
    public static boolean isForeignKeyViolation(Throwable failure) {
        return sqlStateOf(failure).filter(FOREIGN_KEY_VIOLATION::equals).isPresent();
    }

    /**
     * Whether {@code failure} or one of its causes says an optimistic lock failed: the row's version changed between
     * read and write, because another transaction changed it first.
     */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        return causesOf(failure).stream().anyMatch(DatabaseErrors::isOptimisticLockType);
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

    /** {@code failure} and its causes, outermost first, ending at an exception that is its own cause. */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static boolean isOptimisticLockType(Throwable cause) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (OPTIMISTIC_LOCK_FAILURES.contains(type.getName())) {
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
