package dev.uniform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreconditionsTests {

    @Test
    void shouldRequireIfMatchByDefault() {
        Preconditions preconditions = new Preconditions(() -> true);

        assertThatThrownBy(() -> preconditions.ifMatch(null))
                .isInstanceOf(PreconditionRequiredException.class)
                .hasMessageStartingWith("Send If-Match with the ETag you last read");
        assertThat(preconditions.ifMatch("\"2\"").matches(2)).isTrue();
    }

    @Test
    void shouldLetTheLastWriteWinWhenNotRequired() {
        Preconditions preconditions = new Preconditions(() -> false);

        assertThat(preconditions.ifMatch(null).matches(41)).isTrue();
        assertThat(preconditions.ifMatch("\"2\"").matches(3)).isFalse();
    }
}
