package dev.uniform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

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
}
