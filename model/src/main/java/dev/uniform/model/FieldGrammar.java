package dev.uniform.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The field grammar: {@code name:Type[:constraint...]}, comma-separated (docs/archetype.md). One parser and one set
 * of checks for generation, {@code uniform:add-resource} and the manifest; each problem names the field and says what
 * would be accepted, so that a bad property fails at generation instead of as a compile error later.
 */
public final class FieldGrammar {

    static final String EXAMPLE =
            "such as customerName:String:required:max=80,total:BigDecimal:min=0,status:enum(OPEN|PAID)";

    /** Named by the generated code itself, or by the listing's own parameters. */
    static final Set<String> TAKEN = Set.of("id", "version", "createdAt", "updatedAt", "page", "size", "sort");

    /** Classes the archetype generates for the resource: an enum field must not take one of their names. */
    static final Set<String> GENERATED_CLASSES = Set.of(
            "Request",
            "Response",
            "Patch",
            "Filter",
            "Sort",
            "Roles",
            "Resource",
            "Service",
            "Repository",
            "Mapper",
            "Enums",
            "Fixtures");

    private FieldGrammar() {}

    /**
     * Parses and checks a fields property.
     *
     * @param spec the property, such as {@code name:String:required,total:BigDecimal:min=0}
     * @param resource the class name of the resource that has the fields
     * @param referable the class names of the resources a {@code ref(...)} may name besides the resource itself
     * @return the fields, and every problem found
     */
    public static ParsedFields parse(String spec, String resource, Set<String> referable) {
        if (spec == null || spec.isBlank()) {
            return new ParsedFields(List.of(), List.of("fields is empty: give at least one field, " + EXAMPLE));
        }
        List<Field> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> parameters = new HashSet<>();
        String[] entries = spec.split(",", -1);
        for (int index = 0; index < entries.length; index++) {
            FieldEntry entry = new FieldEntry(entries[index], index, resource, referable);
            entry.parse().ifPresent(field -> {
                if (!names.add(field.name())) {
                    entry.fail("is given twice");
                } else {
                    field.filterParameters().stream()
                            .filter(parameter -> !parameters.add(parameter))
                            .forEach(parameter -> entry.fail("would filter listings with the query parameter "
                                    + parameter + ", which another field uses already: rename one of them"));
                }
                fields.add(field);
            });
            problems.addAll(entry.problems());
        }
        if (problems.isEmpty() && fields.stream().allMatch(FieldGrammar::cannotTellVersionsApart)) {
            problems.add("fields has only Boolean, enum and ref fields: add one of another type (a name, a date, a"
                    + " number); the generated tests change it to tell one version from the next");
        }
        return new ParsedFields(fields, problems);
    }

    /** The type names the grammar accepts, for messages: {@code String, Text, ... UUID}. */
    static String typeNames() {
        return FieldType.named().stream().map(FieldType::grammarName).collect(Collectors.joining(", "));
    }

    /** Sorted and comma-separated, for messages. */
    static String listed(Set<String> names) {
        SortedSet<String> sorted = new TreeSet<>(names);
        return String.join(", ", sorted);
    }

    static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator, -1)).map(String::strip).toList();
    }

    private static boolean cannotTellVersionsApart(Field field) {
        return field.type() == FieldType.BOOLEAN
                || field.type() == FieldType.ENUM
                || field.type() == FieldType.REFERENCE;
    }
}
