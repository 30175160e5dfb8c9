package dev.uniform.persistence;

import dev.uniform.resource.Representation;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.persistence.Column;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a representation straight from a row of its entity's table: each component of the record from the column of
 * the entity's field of the same name. Made once per resource, when the service starts, which fails naming the
 * component when the record holds something that is not such a field, or of a type rows do not hold.
 */
final class RepresentationRows<R extends Representation> {

    /**
     * What a row holds for each type a representation's component may have, read by the column's position: the
     * statements select the columns in the order of the components, and a lookup by name costs a hash of the name
     * for every column of every row (a tenth of an export's time on the event loops).
     */
    private static final Map<Class<?>, ColumnReader> READERS = Map.ofEntries(
            Map.entry(long.class, Row::getLong),
            Map.entry(Long.class, Row::getLong),
            Map.entry(int.class, Row::getInteger),
            Map.entry(Integer.class, Row::getInteger),
            Map.entry(short.class, Row::getShort),
            Map.entry(Short.class, Row::getShort),
            Map.entry(double.class, Row::getDouble),
            Map.entry(Double.class, Row::getDouble),
            Map.entry(boolean.class, Row::getBoolean),
            Map.entry(Boolean.class, Row::getBoolean),
            Map.entry(String.class, Row::getString),
            Map.entry(BigDecimal.class, Row::getBigDecimal),
            Map.entry(UUID.class, Row::getUUID),
            Map.entry(LocalDate.class, Row::getLocalDate),
            Map.entry(LocalTime.class, Row::getLocalTime),
            Map.entry(LocalDateTime.class, Row::getLocalDateTime),
            Map.entry(OffsetDateTime.class, Row::getOffsetDateTime),
            Map.entry(Instant.class, (row, position) -> {
                OffsetDateTime value = row.getOffsetDateTime(position);
                return value == null ? null : value.toInstant();
            }));

    /** Reads the value of one column, by its position in the row. */
    @FunctionalInterface
    private interface ColumnReader {
        Object read(Row row, int position);
    }

    private final Constructor<R> constructor;
    private final List<String> columns;
    private final List<ColumnReader> readers;

    private RepresentationRows(Constructor<R> constructor, List<String> columns, List<ColumnReader> readers) {
        this.constructor = constructor;
        this.columns = columns;
        this.readers = readers;
    }

    /**
     * The reader of {@code type} from rows of {@code entity}'s table.
     *
     * @throws IllegalStateException naming each component that is no persistent field of {@code entity}, or of a
     *     type a row cannot give
     */
    static <R extends Representation> RepresentationRows<R> of(Class<R> type, Class<? extends VersionedEntity> entity) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " must be a record to be read from rows");
        }
        Map<String, Field> fields = persistentFields(entity);
        List<String> columns = new ArrayList<>();
        List<ColumnReader> readers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = fields.get(component.getName());
            Optional<ColumnReader> reader = readerOf(component.getType());
            if (field == null) {
                problems.add(component.getName() + " is no field of " + entity.getSimpleName());
            } else if (reader.isEmpty()) {
                problems.add(component.getName() + " is a "
                        + component.getType().getSimpleName() + ", which rows do not hold");
            } else {
                columns.add(columnOf(field));
                readers.add(reader.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(type.getSimpleName() + " cannot be read from rows of "
                    + entity.getSimpleName() + ": " + String.join("; ", problems)
                    + ". A read by id that answers more than the entity's fields reads it through the entity instead.");
        }
        Class<?>[] parameterTypes = java.util.Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return new RepresentationRows<>(type.getDeclaredConstructor(parameterTypes), columns, readers);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
    }

    /** The columns to select, in the order of the record's components. */
    String columnList() {
        return String.join(", ", columns);
    }

    R read(Row row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readers.get(i).read(row, i);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "A row cannot become a " + constructor.getDeclaringClass().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<ColumnReader> readerOf(Class<?> type) {
        if (type.isEnum()) {
            Class<? extends Enum> constants = (Class<? extends Enum>) type;
            return Optional.of((row, position) -> {
                String name = row.getString(position);
                return name == null ? null : Enum.valueOf(constants, name);
            });
        }
        return Optional.ofNullable(READERS.get(type));
    }

    /** The fields Hibernate maps, by name, the entity's own and those of its superclasses. */
    private static Map<String, Field> persistentFields(Class<?> entity) {
        List<Field> found = new ArrayList<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers)
                        && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                    found.add(field);
                }
            }
        }
        return found.stream().collect(Collectors.toMap(Field::getName, field -> field, (first, hidden) -> first));
    }

    /** The column Hibernate maps the field to: its {@code @Column} name, else its name in snake case. */
    static String columnOf(Field field) {
        Column column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        return snakeCase(field.getName());
    }

    /** {@code createdAt} as {@code created_at}, as CamelCaseToUnderscoresNamingStrategy names columns. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
