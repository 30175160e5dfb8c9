package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseModeTests {

    @Test
    void shouldDefaultToAuto() {
        assertThat(DatabaseMode.parse(null)).isEqualTo(DatabaseMode.AUTO);
        assertThat(DatabaseMode.parse(" ")).isEqualTo(DatabaseMode.AUTO);
    }

    @Test
    void shouldReadKebabCaseIgnoringCase() {
        assertThat(DatabaseMode.parse("dev-services")).isEqualTo(DatabaseMode.DEV_SERVICES);
        assertThat(DatabaseMode.parse(" Embedded ")).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void shouldNameThePropertyAndTheChoicesOfAnUnknownMode() {
        assertThatThrownBy(() -> DatabaseMode.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform.devdb.mode must be one of auto, embedded, dev-services, not 'docker'");
    }
}
