package dev.uniform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sort keys through a cursor's text and back, and the texts no column could hold, which a forged cursor carries. */
class KeyTextTests {

    private enum Colour {
        RED
    }

    @Test
    void shouldReadBackEveryKeyItWrites() {
        List<Object> values = List.of(
                "text",
                42L,
                7,
                new BigDecimal("24.50"),
                new BigDecimal("1E+3"),
                true,
                Colour.RED,
                UUID.fromString("8e4f9b2c-1d3a-4c5e-9f7b-6a2d0c8e1f34"),
                Instant.parse("2026-12-08T01:02:03.456789Z"),
                OffsetDateTime.parse("2026-12-08T01:02:03+01:00"),
                LocalDate.parse("2026-12-08"));
        for (Object value : values) {
            String text = KeyText.write(value, value.getClass(), "field");
            assertThat(KeyText.read(text, value.getClass(), "field")).as(text).isEqualTo(value);
        }
        assertThat(KeyText.write(null, Long.class, "field")).isNull();
        assertThat(KeyText.read(null, Long.class, "field")).isNull();
    }

    @Test
    void shouldRefuseKeysNoColumnHolds() {
        assertThatThrownBy(() -> KeyText.read("1e999999999", BigDecimal.class, "price"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyText.read("a\u0000b", String.class, "code"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyText.read("+300000-01-01T00:00:00Z", Instant.class, "createdAt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyText.read("yes", Boolean.class, "flag"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyText.read("PURPLE", Colour.class, "colour"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameASortFieldWhoseTypeCannotBeAKey() {
        assertThatThrownBy(() -> KeyText.write(new Object(), Object.class, "blob"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'blob'");
    }
}
