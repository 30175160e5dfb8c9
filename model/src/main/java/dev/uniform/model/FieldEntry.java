package dev.uniform.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One entry of a fields property, parsed, with the problems of that entry alone. */
final class FieldEntry {

    private static final long MAX_VARCHAR = 10_485_760;

    private final List<String> parts;
    private final String label;
    private final String resource;
    private final Set<String> referable;
    private final List<String> problems = new ArrayList<>();

    FieldEntry(String entry, int index, String resource, Set<String> referable) {
        this.parts = FieldGrammar.split(entry.strip(), ":");
        this.label = parts.get(0).isEmpty() ? "field " + (index + 1) : "field '" + parts.get(0) + "'";
        this.resource = resource;
        this.referable = referable;
    }

    void fail(String problem) {
        problems.add(label + " " + problem);
    }

    List<String> problems() {
        return problems;
    }

    /** The field, when its name and type could be read; {@link #problems()} says whether it is valid. */
    Optional<Field> parse() {
        String name = parts.get(0);
        if (name.isEmpty()) {
            fail("has no name: write name:Type, " + FieldGrammar.EXAMPLE);
            return Optional.empty();
        }
        checkName(name);
        if (parts.size() < 2 || parts.get(1).isEmpty()) {
            fail("has no type: write " + name + ":Type, with Type one of " + FieldGrammar.typeNames()
                    + " or enum(A|B)");
            return Optional.empty();
        }
        String written = parts.get(1);
        List<String> enumValues = List.of();
        Optional<String> referenced = Optional.empty();
        FieldType type;
        if (written.startsWith("enum(")) {
            type = FieldType.ENUM;
            enumValues = enumValues(name, written);
        } else if (written.startsWith("ref(")) {
            type = FieldType.REFERENCE;
            referenced = reference(name, written);
        } else {
            Optional<FieldType> named = FieldType.ofName(written);
            if (named.isEmpty()) {
                fail("has an unknown type '" + written + "': use one of " + FieldGrammar.typeNames()
                        + ", enum(A|B) or ref(Resource)");
                return Optional.empty();
            }
            type = named.get();
        }
        Constraints constraints = new Constraints(this, type, resource);
        parts.subList(2, parts.size()).forEach(constraints::take);
        constraints.checkTogether();
        return Optional.of(new Field(
                name,
                type,
                enumValues,
                referenced,
                constraints.required(),
                constraints.unique(),
                constraints.email(),
                constraints.min(),
                constraints.max()));
    }

    private void checkName(String name) {
        if (!name.matches("[a-z][a-z0-9]*([A-Z][a-z0-9]+)*[A-Z]?") || name.length() > 40) {
            fail("must be a lowerCamelCase name of at most 40 letters and digits, without two capitals in a row"
                    + " (customerName, vatId), as it becomes the JSON property");
        }
        String column = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        if (FieldGrammar.TAKEN.contains(name)) {
            fail("is a name the generated code uses itself (id, version, createdAt, updatedAt, page, size, sort):"
                    + " choose another");
        } else if (Identifiers.JAVA_KEYWORDS.contains(name)) {
            fail("is a Java keyword: choose another name");
        } else if (Identifiers.SQL_RESERVED.contains(column)) {
            fail("is a reserved word in SQL (" + column + "): choose another name, such as " + column
                    + "Name or the plural");
        }
    }

    private List<String> enumValues(String name, String written) {
        if (!written.endsWith(")")) {
            fail("has an enum that does not end with \")\": separate its values with |, as in enum(OPEN|PAID|SHIPPED)");
            return List.of();
        }
        List<String> values = FieldGrammar.split(written.substring(5, written.length() - 1), "\\|");
        if (values.stream().allMatch(String::isEmpty)) {
            fail("has an enum without values: list them, as in enum(OPEN|PAID|SHIPPED)");
        } else {
            values.stream()
                    .filter(value -> !value.matches("[A-Z][A-Z0-9_]*"))
                    .forEach(value -> fail("has an enum value '" + value
                            + "' that is not an UPPER_SNAKE_CASE constant, such as OPEN or ON_HOLD"));
            values.stream()
                    .distinct()
                    .filter(value -> values.indexOf(value) != values.lastIndexOf(value))
                    .forEach(value -> fail("has the enum value " + value + " twice"));
        }
        String typeName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (FieldGrammar.GENERATED_CLASSES.contains(typeName)) {
            fail("would name its enum " + resource + typeName + ", a class the archetype generates: choose another"
                    + " name");
        }
        return values;
    }

    private Optional<String> reference(String name, String written) {
        String target = written.endsWith(")")
                ? written.substring(4, written.length() - 1).strip()
                : "";
        if (!target.matches("[A-Z][A-Za-z0-9]*")) {
            fail("has '" + written + "', which names no resource: write ref(Customer), with the resource's class name");
        } else if (target.equals(resource)) {
            if (parts.contains("required")) {
                fail("refers to " + resource + " itself and cannot be required: the first " + resource
                        + " has none to refer to");
            }
        } else if (!referable.contains(target)) {
            fail(
                    referable.isEmpty()
                            ? "refers to " + target + ", which the service does not have yet: generate it with "
                                    + target + " first, then add " + resource
                                    + " with ./mvnw uniform:add-resource (README)"
                            : "refers to " + target + ", which the service does not have; it has "
                                    + FieldGrammar.listed(referable));
        }
        if (!name.endsWith("Id")) {
            fail("holds the identifier of " + (target.isEmpty() ? "another resource" : target)
                    + ": name it after that, ending in Id, such as " + name + "Id");
        }
        return target.isEmpty() ? Optional.empty() : Optional.of(target);
    }

    /** The constraints of one entry, each checked against the type, then against each other. */
    private static final class Constraints {

        private final FieldEntry entry;
        private final FieldType type;
        private final String resource;
        private boolean required;
        private boolean unique;
        private boolean email;
        private String min;
        private String max;

        Constraints(FieldEntry entry, FieldType type, String resource) {
            this.entry = entry;
            this.type = type;
            this.resource = resource;
        }

        void take(String constraint) {
            if (constraint.matches("(min|max)=.*")) {
                bound(constraint.substring(0, 3), constraint.substring(4));
            } else if (constraint.equals("email")) {
                email = true;
                if (type != FieldType.STRING) {
                    entry.fail("has email, which applies to String fields only");
                }
            } else if (constraint.equals("unique")) {
                unique = true;
                if (type == FieldType.TEXT) {
                    entry.fail("has unique, which a Text cannot be: use String with a max length for a unique text");
                } else if (type == FieldType.REFERENCE) {
                    entry.fail("has unique, which a reference cannot be: it refers many to one; one-to-one is not"
                            + " generated yet");
                } else if (type == FieldType.BOOLEAN || type == FieldType.ENUM) {
                    entry.fail("has unique, which a " + type.grammarName() + " cannot be: it has too few values for"
                            + " more than a few " + resource + "s");
                }
            } else if (constraint.equals("required")) {
                required = true;
            } else {
                entry.fail("has an unknown constraint '" + constraint + "': use required, unique, min=, max= or email");
            }
        }

        private void bound(String kind, String bound) {
            if (!type.bounded()) {
                entry.fail("has " + kind + "=, which applies to String and Text (length) and to Integer, Long and"
                        + " BigDecimal (value) only");
            } else if (type != FieldType.BIG_DECIMAL && !bound.matches("-?[0-9]{1,18}")) {
                entry.fail("has " + kind + "=" + bound + ": write a whole number");
            } else if (type == FieldType.BIG_DECIMAL && !bound.matches("-?[0-9]{1,10}(\\.[0-9]{1,2})?")) {
                entry.fail("has " + kind + "=" + bound
                        + ": write a number with at most 10 digits before the point and 2 after it");
            } else if (type.isText() && Long.parseLong(bound) < (kind.equals("max") ? 1 : 0)) {
                entry.fail("has " + kind + "=" + bound + ": a length must be "
                        + (kind.equals("max") ? "at least 1" : "zero or more"));
            } else if (type == FieldType.STRING && Long.parseLong(bound) > MAX_VARCHAR) {
                entry.fail("has " + kind + "=" + bound + ": a String holds at most " + MAX_VARCHAR
                        + " characters; use Text for longer ones");
            } else if (type == FieldType.INTEGER
                    && (Long.parseLong(bound) < Integer.MIN_VALUE || Long.parseLong(bound) > Integer.MAX_VALUE)) {
                entry.fail("has " + kind + "=" + bound + ", beyond what an Integer holds: use Long");
            } else if (kind.equals("min")) {
                min = bound;
            } else {
                max = bound;
            }
        }

        void checkTogether() {
            if (min != null && max != null && new BigDecimal(min).compareTo(new BigDecimal(max)) > 0) {
                entry.fail("has min=" + min + " above max=" + max);
            } else if (min != null && max != null && min.equals(max) && type.isNumber()) {
                entry.fail(
                        "has min=" + min + " equal to max=" + max + ": a field with one possible value is a constant");
            }
            // The generated tests give every row they create a value of its own in each unique field.
            if (unique && min != null && max != null && type.isNumber() && distinctValues() < 999) {
                entry.fail("has unique with min=" + min + " and max=" + max
                        + ": give it room for at least 1,000 distinct values");
            }
            if (unique && type == FieldType.STRING && max != null && Long.parseLong(max) < 2) {
                entry.fail("has unique with max=" + max + ": a unique String needs max=2 or more");
            }
            if (email && type == FieldType.STRING && max != null && Long.parseLong(max) < 20) {
                entry.fail("has email and max=" + max + ": give an e-mail address room for at least 20 characters");
            }
            if (type == FieldType.STRING
                    && min != null
                    && max == null
                    && Long.parseLong(min) > FieldType.DEFAULT_STRING_MAX) {
                entry.fail("has min=" + min + " above the default max of " + FieldType.DEFAULT_STRING_MAX
                        + ": give max too");
            }
        }

        private double distinctValues() {
            BigDecimal range = new BigDecimal(max).subtract(new BigDecimal(min));
            return (type == FieldType.BIG_DECIMAL ? range.movePointRight(2) : range).doubleValue();
        }

        boolean required() {
            return required;
        }

        boolean unique() {
            return unique;
        }

        boolean email() {
            return email;
        }

        Optional<String> min() {
            return Optional.ofNullable(min);
        }

        Optional<String> max() {
            return Optional.ofNullable(max);
        }
    }
}
