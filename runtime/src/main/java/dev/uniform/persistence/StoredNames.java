package dev.uniform.persistence;

import dev.uniform.problem.ConflictException;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.problem.ReferenceNotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a stored resource is called: in queries (its entity and table), and in the problems a caller reads (its
 * label), where the constraints its migration named tell which field a refused write is about.
 *
 * @param entity the entity's name in queries, such as {@code PurchaseOrderLine}
 * @param table its table, such as {@code purchase_order_lines}
 * @param title what the problems call one, at the start of a sentence: {@code Purchase order line}
 * @param label the same within a sentence: {@code purchase order line}
 * @param referencedLabel the label of the resource a foreign key, by its name, refers to, if the database knows it
 */
record StoredNames(
        String entity,
        String table,
        String title,
        String label,
        Function<String, Uni<Optional<String>>> referencedLabel) {

    static StoredNames of(Class<?> type, Function<String, Uni<Optional<String>>> referencedLabel) {
        Entity entity = type.getAnnotation(Entity.class);
        String entityName = entity == null || entity.name().isEmpty() ? type.getSimpleName() : entity.name();
        Table table = type.getAnnotation(Table.class);
        String tableName =
                table == null || table.name().isEmpty() ? RepresentationRows.snakeCase(entityName) : table.name();
        String label = words(type.getSimpleName());
        String title = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return new StoredNames(entityName, tableName, title, label, referencedLabel);
    }

    /** {@code PurchaseOrderLine} or {@code contactEmail} in words: {@code purchase order line}, {@code contact email}. */
    static String words(String name) {
        return name.replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The problem a caller gets for a write the database refused: a taken unique value (409) or a reference to nothing
     * (422), naming the field where the migration named the constraint after it; any other failure as it is.
     *
     * @return the problem, once the database has said what a foreign key refers to
     */
    Uni<Throwable> problemOf(Throwable failure) {
        if (DatabaseErrors.isUniqueViolation(failure)) {
            return Uni.createFrom()
                    .item(fieldOf(failure, "_key")
                            .<Throwable>map(field -> new ConflictException("Another " + label + " already has this "
                                    + words(field) + "; " + field + " must be unique."))
                            .orElseGet(() -> new ConflictException(
                                    "Another " + label + " already has one of these unique values.")));
        }
        Optional<String> field =
                DatabaseErrors.isMissingReference(failure) ? fieldOf(failure, "_fkey") : Optional.empty();
        if (field.isEmpty()) {
            return Uni.createFrom().item(failure);
        }
        String fallback = words(
                field.get().endsWith("Id")
                        ? field.get().substring(0, field.get().length() - 2)
                        : field.get());
        return referencedLabel
                .apply(DatabaseErrors.violatedConstraint(failure).orElseThrow())
                .map(referenced -> new ReferenceNotFoundException(field.get(), referenced.orElse(fallback)));
    }

    /** The field whose column a constraint named {@code <table>_<column><suffix>} is on. */
    private Optional<String> fieldOf(Throwable failure, String suffix) {
        String prefix = table + "_";
        return DatabaseErrors.violatedConstraint(failure)
                .filter(name -> name.startsWith(prefix) && name.endsWith(suffix))
                .map(name -> name.substring(prefix.length(), name.length() - suffix.length()))
                .filter(column -> !column.isEmpty())
                .map(StoredNames::camelCase);
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        for (String word : column.split("_")) {
            name.append(
                    name.isEmpty() || word.isEmpty()
                            ? word
                            : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
