package dev.uniform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** What PostgreSQL and its drivers report, told apart however it was wrapped. */
class DatabaseErrorsTests {

    @Test
    void shouldRecognizeOptimisticLockFailuresHoweverWrapped() {
        assertThat(DatabaseErrors.isOptimisticLockFailure(new StaleObjectStateException("Product", 1L)))
                .isTrue();
        assertThat(DatabaseErrors.isOptimisticLockFailure(
                        new CompletionException(new OptimisticLockException("row was updated"))))
                .isTrue();
        assertThat(DatabaseErrors.isOptimisticLockFailure(new IllegalStateException("other")))
                .isFalse();
    }

    @Test
    void shouldRecognizeADatabaseThatCannotServeNow() {
        assertThat(DatabaseErrors.isUnavailable(new NoStackTraceThrowable("Timeout")))
                .as("pool wait")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new VertxException("Timeout waiting for connection", true)))
                .as("pool wait of a query")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new CompletionException(ClosedConnectionException.INSTANCE)))
                .as("connection lost")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new ConnectionPoolTooBusyException("full")))
                .as("wait queue full")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new ConnectException("Connection refused")))
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(
                        new HibernateException(new SQLException("terminating connection", "57P01"))))
                .as("administrator shutdown")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(
                        new GenericJDBCException("error", new SQLException("canceling statement", "57014"))))
                .as("statement timeout")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new PgException("too many clients", "FATAL", "53300", "")))
                .isTrue();
    }

    /** As the fault suite met them when the database died under 64 writers: each had been a 500. */
    @Test
    void shouldRecognizeAConnectionTheDatabaseJustCut() {
        NoStackTraceThrowable inactive =
                new NoStackTraceThrowable("Connection is not active now, current status: CLOSED");
        assertThat(DatabaseErrors.isUnavailable(inactive))
                .as("a statement sent on it")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new HibernateException(inactive)))
                .as("a query of a session")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(
                        new CompositeException(inactive, new IllegalStateException("HR000090: Live transaction"))))
                .as("a statement, then its rollback")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new CompositeException(
                        new IllegalStateException("HR000090: Live transaction"), ClosedConnectionException.INSTANCE)))
                .as("the connection's loss reported second")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new IOException("Connection reset by peer")))
                .as("reset while connecting, as the JDK's socket transport says it")
                .isTrue();
        assertThat(DatabaseErrors.isUnavailable(new IOException("No space left on device")))
                .as("another I/O failure")
                .isFalse();
        assertThat(DatabaseErrors.isUnavailable(new IllegalStateException("Connection is not active now")))
                .as("the words, not from the client")
                .isFalse();
    }

    @Test
    void shouldNotTakeOtherFailuresForAnUnavailableDatabase() {
        assertThat(DatabaseErrors.isUnavailable(new NoStackTraceThrowable("something else")))
                .isFalse();
        assertThat(DatabaseErrors.isUnavailable(new IllegalStateException("Timeout")))
                .isFalse();
        assertThat(DatabaseErrors.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseErrors.isUnavailable(new SQLException("division by zero", "22012")))
                .isFalse();
    }

    @Test
    void shouldRecognizeValuesTheDatabaseRefuses() {
        assertThat(DatabaseErrors.isRejectedValue(new SQLException("value too long", "22001")))
                .isTrue();
        assertThat(DatabaseErrors.isRejectedValue(new SQLException("numeric field overflow", "22003")))
                .isTrue();
        assertThat(DatabaseErrors.isRejectedValue(new SQLException("invalid byte sequence", "22021")))
                .isTrue();
        assertThat(DatabaseErrors.isRejectedValue(new SQLException("division by zero", "22012")))
                .isFalse();
        assertThat(DatabaseErrors.isRejectedValue(new SQLException("duplicate key", "23505")))
                .isFalse();
    }

    @Test
    void shouldNameTheViolatedConstraintHoweverWrapped() {
        String message = "ERROR: duplicate key value violates unique constraint \"orders_code_key\" (23505)";

        assertThat(DatabaseErrors.violatedConstraint(new CompletionException(
                        new HibernateException(new PgException(message, "ERROR", "23505", "")))))
                .contains("orders_code_key");
        assertThat(DatabaseErrors.violatedConstraint(new SQLException(
                        "ERROR: new row for relation \"orders\" violates check constraint \"orders_total_check\"",
                        "23514")))
                .contains("orders_total_check");
        assertThat(DatabaseErrors.violatedConstraint(new SQLException("division by zero", "22012")))
                .isEmpty();
        assertThat(DatabaseErrors.violatedConstraint(new IllegalStateException((String) null)))
                .isEmpty();
    }

    @Test
    void shouldTellAMissingReferenceFromADeleteOthersReferTo() {
        Throwable missing = new CompletionException(new PgException(
                "insert or update on table \"order_lines\" violates foreign key constraint"
                        + " \"order_lines_order_id_fkey\"",
                "ERROR",
                "23503",
                "Key (order_id)=(7) is not present in table \"orders\"."));
        Throwable referenced = new HibernateException(new SQLException(
                "ERROR: update or delete on table \"orders\" violates foreign key constraint"
                        + " \"order_lines_order_id_fkey\" on table \"order_lines\"",
                "23503"));

        assertThat(DatabaseErrors.isMissingReference(missing)).isTrue();
        assertThat(DatabaseErrors.isStillReferenced(missing)).isFalse();
        assertThat(DatabaseErrors.violatedConstraint(missing)).contains("order_lines_order_id_fkey");
        assertThat(DatabaseErrors.isStillReferenced(referenced)).isTrue();
        assertThat(DatabaseErrors.isMissingReference(referenced)).isFalse();
        assertThat(DatabaseErrors.isMissingReference(new SQLException("duplicate key", "23505")))
                .isFalse();
    }
}
