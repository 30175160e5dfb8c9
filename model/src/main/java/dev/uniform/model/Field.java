package dev.uniform.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One field of a resource, as the grammar gives it and {@link FieldGrammar} checked it.
 *
 * @param name the lowerCamelCase name: the JSON property and, in snake_case, the column
 * @param type its type
 * @param enumValues the constants of an {@link FieldType#ENUM}, in the order given; empty for other types
 * @param referenced the class name of the resource a {@link FieldType#REFERENCE} refers to
 * @param required present in every request and never null
 * @param unique no two rows share its value
 * @param email an e-mail address (String fields)
 * @param min the least length (String, Text) or value (numbers), as written
 * @param max the greatest length or value, as written
 */
public record Field(
        String name,
        FieldType type,
        List<String> enumValues,
        Optional<String> referenced,
        boolean required,
        boolean unique,
        boolean email,
        Optional<String> min,
        Optional<String> max) {

    /**
     * Copies the enum's constants, which stay as given.
     *
     * @param name the lowerCamelCase name: the JSON property and, in snake_case, the column
     * @param type its type
     * @param enumValues the constants of an {@link FieldType#ENUM}, in the order given; empty for other types
     * @param referenced the class name of the resource a {@link FieldType#REFERENCE} refers to
     * @param required present in every request and never null
     * @param unique no two rows share its value
     * @param email an e-mail address (String fields)
     * @param min the least length (String, Text) or value (numbers), as written
     * @param max the greatest length or value, as written
     */
    public Field {
        enumValues = List.copyOf(enumValues);
    }

    /**
     * The most characters a {@link FieldType#STRING} holds, its column's length.
     *
     * @return {@code max=}, or {@value FieldType#DEFAULT_STRING_MAX} without it
     */
    public int stringMax() {
        return max.map(Integer::parseInt).orElse(FieldType.DEFAULT_STRING_MAX);
    }

    /**
     * The column, as the migration names it.
     *
     * @return the name in snake_case: {@code customerName} is {@code customer_name}
     */
    public String column() {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The query parameters a listing filters this field by.
     *
     * @return {@code minTotal} and {@code maxTotal} for a number or a date, else the field's name
     */
    public List<String> filterParameters() {
        if (!type.filteredByRange()) {
            return List.of(name);
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return List.of("min" + capitalized, "max" + capitalized);
    }

    /**
     * The field in the grammar, its constraints in one order: {@code required}, {@code unique}, {@code email},
     * {@code min=}, {@code max=}. Parsing it gives this field again.
     *
     * @return such as {@code total:BigDecimal:required:min=0}
     */
    public String grammar() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        parts.add(
                switch (type) {
                    case ENUM -> "enum(" + String.join("|", enumValues) + ")";
                    case REFERENCE -> "ref(" + referenced.orElseThrow() + ")";
                    default -> type.grammarName();
                });
        if (required) {
            parts.add("required");
        }
        if (unique) {
            parts.add("unique");
        }
        if (email) {
            parts.add("email");
        }
        min.ifPresent(bound -> parts.add("min=" + bound));
        max.ifPresent(bound -> parts.add("max=" + bound));
        return String.join(":", parts);
    }
}
