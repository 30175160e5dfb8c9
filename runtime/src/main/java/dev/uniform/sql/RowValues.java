package dev.uniform.sql;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Column values of the reactive PostgreSQL client's rows as the types an API record holds, where the client has no
 * getter of its own: for reads that skip Hibernate and map a row straight into a response record. Only for services
 * that use the reactive PostgreSQL client.
 *
 * <pre>{@code
 * new ProductResponse(row.getLong("id"), row.getString("code"),
 *         RowValues.enumValue(row, "status", ProductStatus.class), RowValues.instant(row, "created_at"))
 * }</pre>
 */
public final class RowValues {

    private RowValues() {}

    /**
     * The instant in a {@code timestamp with time zone} column, which the client reads as an {@link OffsetDateTime}.
     *
     * @param row the row read
     * @param column the column's name
     * @return the instant, or null where the column is null
     */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * The constant of an enum stored by its name, as Hibernate stores an {@code EnumType.STRING} attribute.
     *
     * @param <E> the enum
     * @param row the row read
     * @param column the column's name
     * @param type the enum's class
     * @return the constant, or null where the column is null
     * @throws IllegalArgumentException if the column names no constant of {@code type}
     */
    public static <E extends Enum<E>> E enumValue(Row row, String column, Class<E> type) {
        String name = row.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
