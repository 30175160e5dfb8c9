package dev.uniform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys are what clients generate (UUIDs, ULIDs, opaque tokens); anything that could not be one is a 400. */
class IdempotencyKeyTests {

    @Test
    void shouldHaveNoKeyWithoutTheHeader() {
        assertThat(IdempotencyKey.fromHeader(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8e4f9b2c-1d3a-4c5e-9f7b-6a2d0c8e1f34", "01JD2Z8Q4M6N8P0R2T4V6X8Z0B", "retry:42", "k"})
    void shouldTakeWhatClientsGenerate(String value) {
        assertThat(IdempotencyKey.fromHeader(value)).contains(new IdempotencyKey(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "tab\there", "caf\u00e9"})
    void shouldNameTheHeaderOfAMalformedKey(String value) {
        assertThatThrownBy(() -> IdempotencyKey.fromHeader(value))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        failure -> assertThat(failure.violations())
                                .containsExactly(new FieldViolation(
                                        "Idempotency-Key",
                                        "must be 1 to 255 visible ASCII characters, such as a UUID")));
    }

    @Test
    void shouldRefuseAKeyOver255Characters() {
        assertThat(IdempotencyKey.fromHeader("k".repeat(255))).isPresent();
        assertThatThrownBy(() -> IdempotencyKey.fromHeader("k".repeat(256)))
                .isInstanceOf(InvalidParameterException.class);
    }
}
