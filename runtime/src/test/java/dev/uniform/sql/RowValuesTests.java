package dev.uniform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Values of rows that PostgreSQL itself returned, null included. */
@QuarkusTest
class RowValuesTests {

    @Inject
    Pool pool;

    @Test
    void shouldReadATimestampWithTimeZoneAsTheInstantItNames() {
        Row row = one("select timestamptz '2026-01-15 10:30:00.123456+01' as at, null::timestamptz as never");

        assertThat(RowValues.instant(row, "at")).isEqualTo(Instant.parse("2026-01-15T09:30:00.123456Z"));
        assertThat(RowValues.instant(row, "never")).isNull();
    }

    @Test
    void shouldReadAnEnumStoredByItsName() {
        Row row = one("select 'FRIDAY'::varchar(8) as day, null::varchar(8) as none, 'SOMEDAY' as unknown");

        assertThat(RowValues.enumValue(row, "day", DayOfWeek.class)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(RowValues.enumValue(row, "none", DayOfWeek.class)).isNull();
        assertThatThrownBy(() -> RowValues.enumValue(row, "unknown", DayOfWeek.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOMEDAY");
    }

    private Row one(String sql) {
        return pool.query(sql)
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next();
    }
}
