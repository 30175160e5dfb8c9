package dev.uniform.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The types a field of the grammar may have, by the name the grammar gives them. */
public enum FieldType {
    /** {@code String}: a text of at most {@value #DEFAULT_STRING_MAX} characters, or {@code max=}. */
    STRING("String"),
    /** {@code Text}: a text of any length. */
    TEXT("Text"),
    /** {@code Integer}: a 32-bit whole number. */
    INTEGER("Integer"),
    /** {@code Long}: a 64-bit whole number. */
    LONG("Long"),
    /** {@code BigDecimal}: a number with 10 digits before the point and 2 after it. */
    BIG_DECIMAL("BigDecimal"),
    /** {@code Boolean}: true or false. */
    BOOLEAN("Boolean"),
    /** {@code LocalDate}: a day. */
    LOCAL_DATE("LocalDate"),
    /** {@code Instant}: a moment, in UTC. */
    INSTANT("Instant"),
    /** {@code UUID}: a universally unique identifier. */
    UUID("UUID"),
    /** {@code enum(A|B)}: one of the listed constants. */
    ENUM("enum"),
    /** {@code ref(Customer)}: the identifier of another resource of the service. */
    REFERENCE("ref");

    /** The most characters a {@link #STRING} without {@code max=} holds: its column's length. */
    public static final int DEFAULT_STRING_MAX = 255;

    private final String grammarName;

    FieldType(String grammarName) {
        this.grammarName = grammarName;
    }

    /**
     * How the grammar writes it.
     *
     * @return such as {@code BigDecimal}, or {@code enum} and {@code ref} without their parentheses
     */
    public String grammarName() {
        return grammarName;
    }

    /**
     * The types written by name alone.
     *
     * @return all but enum and ref, in the order the messages list them
     */
    public static List<FieldType> named() {
        return Arrays.stream(values())
                .filter(type -> type != ENUM && type != REFERENCE)
                .toList();
    }

    /**
     * The type the grammar writes by name alone as {@code name}.
     *
     * @param name such as {@code LocalDate}
     * @return the type, or empty where no type is written so
     */
    public static Optional<FieldType> ofName(String name) {
        return named().stream().filter(type -> type.grammarName.equals(name)).findFirst();
    }

    /**
     * Whether the type takes {@code min=} and {@code max=}.
     *
     * @return true for String and Text (a length) and the numbers (a value)
     */
    public boolean bounded() {
        return isText() || isNumber();
    }

    /**
     * Whether bounds are lengths.
     *
     * @return true for String and Text
     */
    public boolean isText() {
        return this == STRING || this == TEXT;
    }

    /**
     * Whether bounds are values.
     *
     * @return true for Integer, Long and BigDecimal
     */
    public boolean isNumber() {
        return this == INTEGER || this == LONG || this == BIG_DECIMAL;
    }

    /**
     * Whether listings filter it by a range ({@code minTotal}, {@code maxTotal}) rather than by one value.
     *
     * @return true for the numbers and the dates
     */
    public boolean filteredByRange() {
        return isNumber() || this == LOCAL_DATE || this == INSTANT;
    }
}
