package dev.uniform.paging;

import dev.uniform.internal.input.StorableText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Sort keys as the text a cursor carries, and back into the type of the entity's property. */
final class KeyText {

    private static final Map<Class<?>, Function<String, Object>> READERS = Map.ofEntries(
            Map.entry(String.class, KeyText::storable),
            Map.entry(Long.class, Long::valueOf),
            Map.entry(long.class, Long::valueOf),
            Map.entry(Integer.class, Integer::valueOf),
            Map.entry(int.class, Integer::valueOf),
            Map.entry(Short.class, Short::valueOf),
            Map.entry(short.class, Short::valueOf),
            Map.entry(Double.class, Double::valueOf),
            Map.entry(double.class, Double::valueOf),
            Map.entry(Float.class, Float::valueOf),
            Map.entry(float.class, Float::valueOf),
            Map.entry(BigDecimal.class, KeyText::decimal),
            Map.entry(BigInteger.class, BigInteger::new),
            Map.entry(Boolean.class, KeyText::bool),
            Map.entry(boolean.class, KeyText::bool),
            Map.entry(UUID.class, UUID::fromString),
            Map.entry(Instant.class, text -> inRange(Instant.parse(text), value -> value.atOffset(ZoneOffset.UTC))),
            Map.entry(OffsetDateTime.class, text -> inRange(OffsetDateTime.parse(text), value -> value)),
            Map.entry(ZonedDateTime.class, text -> inRange(ZonedDateTime.parse(text), value -> value)),
            Map.entry(LocalDate.class, text -> inRange(LocalDate.parse(text), value -> value)),
            Map.entry(LocalDateTime.class, text -> inRange(LocalDateTime.parse(text), value -> value)),
            Map.entry(LocalTime.class, LocalTime::parse));

    /** PostgreSQL's dates and timestamps span 4713 BC to 294276 AD; a key beyond would fail the query. */
    private static final int FIRST_YEAR = -4712;

    private static final int LAST_YEAR = 294_276;

    /** Far beyond any numeric column, and within what PostgreSQL's numeric takes. */
    private static final int DECIMAL_DIGITS = 1000;

    private KeyText() {}

    /**
     * The text of one key.
     *
     * @param value the property's value, of a type {@link #read} reads back
     * @return the text, or null for null
     */
    static String write(Object value, Class<?> type, String property) {
        supported(type, property);
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /**
     * The key a text stands for.
     *
     * @return the value, of {@code type}
     * @throws IllegalArgumentException or {@link java.time.format.DateTimeParseException} when the text is not one
     *     {@link #write} gives for the type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(String text, Class<?> type, String property) {
        supported(type, property);
        if (text == null) {
            return null;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        return READERS.get(type).apply(text);
    }

    private static void supported(Class<?> type, String property) {
        if (!type.isEnum() && !READERS.containsKey(type)) {
            // A developer's mistake, met on the first page, not on a caller's cursor.
            throw new IllegalStateException("Listings cannot page by cursor through the sort field '" + property
                    + "' of type " + type.getName() + ": sort by text, numbers, times, enums, booleans or UUIDs");
        }
    }

    /** A text PostgreSQL can compare: one with NUL or an unpaired surrogate would fail the query, not match nothing. */
    private static String storable(String text) {
        if (!StorableText.isStorable(text)) {
            throw new IllegalArgumentException("not storable text");
        }
        return text;
    }

    private static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text);
        if (value.precision() > DECIMAL_DIGITS || Math.abs(value.scale()) > DECIMAL_DIGITS) {
            throw new IllegalArgumentException("not a decimal a column holds");
        }
        return value;
    }

    private static <T> T inRange(T value, Function<T, ? extends TemporalAccessor> date) {
        int year = date.apply(value).get(ChronoField.YEAR);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("not a time a column holds");
        }
        return value;
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }
}
