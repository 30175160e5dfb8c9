package dev.uniform.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.uniform.model.Field;
import dev.uniform.model.FieldType;
import dev.uniform.model.ManifestResource;
import dev.uniform.model.ParsedFields;
import dev.uniform.model.ResourceManifest;
import jakarta.persistence.Column;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Each entity agrees with the resource the service's manifest records for it: the same fields, of the same types and
 * lengths, required and unique alike, and its request record validates them as the fields' constraints say; and each
 * recorded resource has its entity. A field added by hand to an entity and not to the manifest, or the reverse, fails
 * here, naming the line to add. A service without a manifest has nothing to agree with.
 */
final class ManifestAgreement extends ArchCondition<JavaClass> {

    private static final Map<FieldType, Class<?>> JAVA_TYPES = Map.of(
            FieldType.STRING, String.class,
            FieldType.TEXT, String.class,
            FieldType.INTEGER, Integer.class,
            FieldType.LONG, Long.class,
            FieldType.BIG_DECIMAL, BigDecimal.class,
            FieldType.BOOLEAN, Boolean.class,
            FieldType.LOCAL_DATE, LocalDate.class,
            FieldType.INSTANT, Instant.class,
            FieldType.UUID, UUID.class,
            FieldType.REFERENCE, Long.class);

    private final Supplier<Optional<ResourceManifest>> manifestSource;
    private Optional<ResourceManifest> manifest = Optional.empty();
    private final Set<String> entities = new HashSet<>();

    private ManifestAgreement(Supplier<Optional<ResourceManifest>> manifestSource) {
        super("agree with the resources recorded in " + ResourceManifest.FILE);
        this.manifestSource = manifestSource;
    }

    /** The manifest of the service whose root is {@code root}; the tests of a Maven module run in its root. */
    static ManifestAgreement withManifestIn(Path root) {
        return new ManifestAgreement(() -> ResourceManifest.read(root));
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        manifest = manifestSource.get();
        entities.clear();
    }

    @Override
    public void check(JavaClass entity, ConditionEvents events) {
        if (manifest.isEmpty()) {
            return;
        }
        String name = entity.getSimpleName();
        entities.add(name);
        Optional<ManifestResource> recorded = manifest.get().named(name);
        if (recorded.isEmpty()) {
            events.add(
                    SimpleConditionEvent.violated(
                            entity,
                            "entity " + name + " is not in " + ResourceManifest.FILE
                                    + ": add it with its table, path, package and fields, as uniform:add-resource writes them"));
            return;
        }
        ParsedFields fields = recorded.get().parsedFields(manifest.get().names());
        if (!fields.valid()) {
            fields.problems()
                    .forEach(problem -> events.add(SimpleConditionEvent.violated(
                            entity, ResourceManifest.FILE + ", " + name + ": " + problem)));
            return;
        }
        compare(entity, fields.fields(), events);
        compareRequest(entity, recorded.get(), fields.fields(), events);
    }

    @Override
    public void finish(ConditionEvents events) {
        manifest.ifPresent(recorded -> recorded.resources().stream()
                .filter(resource -> !entities.contains(resource.name()))
                .forEach(resource -> events.add(SimpleConditionEvent.violated(
                        resource,
                        ResourceManifest.FILE + " lists " + resource.name() + ", which has no entity: remove it, or"
                                + " add the entity"))));
    }

    private static void compare(JavaClass entity, List<Field> recorded, ConditionEvents events) {
        Class<?> type = entity.reflect();
        Map<String, java.lang.reflect.Field> declared = new LinkedHashMap<>();
        Arrays.stream(type.getDeclaredFields())
                .filter(field -> !field.isSynthetic()
                        && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers()))
                .forEach(field -> declared.put(field.getName(), field));
        for (Field field : recorded) {
            java.lang.reflect.Field column = declared.remove(field.name());
            if (column == null) {
                events.add(SimpleConditionEvent.violated(
                        entity,
                        ResourceManifest.FILE + " gives " + type.getSimpleName() + " the field " + field.grammar()
                                + ", which the entity does not have: add it to the entity (and a migration), or"
                                + " remove it from the manifest"));
            } else {
                disagreements(field, column)
                        .forEach(disagreement -> events.add(SimpleConditionEvent.violated(
                                entity,
                                type.getSimpleName() + "." + field.name() + " " + disagreement + ", where "
                                        + ResourceManifest.FILE + " records " + field.grammar()
                                        + ": make the two agree")));
            }
        }
        declared.values()
                .forEach(column -> events.add(SimpleConditionEvent.violated(
                        entity,
                        type.getSimpleName() + "." + column.getName() + " is not in " + ResourceManifest.FILE
                                + ": add \"" + grammarOf(column) + "\" to the fields of " + type.getSimpleName())));
    }

    private static List<String> disagreements(Field field, java.lang.reflect.Field column) {
        List<String> disagreements = new ArrayList<>();
        Class<?> declared = column.getType();
        if (field.type() == FieldType.ENUM) {
            if (!declared.isEnum() || !constantsOf(declared).equals(field.enumValues())) {
                disagreements.add("is " + declared.getSimpleName()
                        + (declared.isEnum() ? " (" + String.join("|", constantsOf(declared)) + ")" : ""));
            }
        } else if (!declared.equals(JAVA_TYPES.get(field.type()))) {
            disagreements.add("is " + declared.getSimpleName());
        }
        Column mapping = column.getAnnotation(Column.class);
        boolean required = mapping != null && !mapping.nullable();
        boolean unique = mapping != null && mapping.unique();
        if (required != field.required()) {
            disagreements.add(required ? "is required (nullable = false)" : "is optional");
        }
        if (unique != field.unique()) {
            disagreements.add(unique ? "is unique" : "is not unique");
        }
        boolean text = mapping != null && "text".equals(mapping.columnDefinition());
        if (field.type() == FieldType.TEXT && !text) {
            disagreements.add("is not a text column (columnDefinition = \"text\")");
        } else if (field.type() == FieldType.STRING && text) {
            disagreements.add("is a text column");
        } else if (field.type() == FieldType.STRING) {
            int length = mapping == null ? FieldType.DEFAULT_STRING_MAX : mapping.length();
            if (length != field.stringMax()) {
                disagreements.add("has length = " + length);
            }
        }
        return disagreements;
    }

    /**
     * The record that creates or replaces the resource, where the archetype puts it, against the constraints the
     * manifest's fields imply. A service that shaped its API otherwise has no such record, and nothing to compare.
     */
    private static void compareRequest(
            JavaClass entity, ManifestResource resource, List<Field> recorded, ConditionEvents events) {
        String requestName = resource.featurePackage() + ".api." + resource.name() + "Request";
        Class<?> request;
        try {
            request = Class.forName(requestName, false, entity.reflect().getClassLoader());
        } catch (ClassNotFoundException absent) {
            return;
        }
        for (Field field : recorded) {
            Optional<java.lang.reflect.Field> component = Arrays.stream(request.getDeclaredFields())
                    .filter(declared -> declared.getName().equals(field.name()))
                    .findFirst();
            if (component.isEmpty()) {
                events.add(SimpleConditionEvent.violated(
                        entity,
                        request.getSimpleName() + " has no " + field.name() + ", where " + ResourceManifest.FILE
                                + " records " + field.grammar() + ": add it, or remove the field from the manifest"));
                continue;
            }
            RequestConstraints.differences(
                            RequestConstraints.implied(field),
                            RequestConstraints.declared(component.get().getAnnotations()))
                    .forEach(difference -> events.add(SimpleConditionEvent.violated(
                            entity,
                            request.getSimpleName() + "." + field.name() + " " + difference + ", where "
                                    + ResourceManifest.FILE + " records " + field.grammar()
                                    + ": make the two agree")));
        }
    }

    /** The field as the grammar would write it, from what the entity declares. */
    private static String grammarOf(java.lang.reflect.Field column) {
        Column mapping = column.getAnnotation(Column.class);
        String type = column.getType().isEnum()
                ? "enum(" + String.join("|", constantsOf(column.getType())) + ")"
                : mapping != null && "text".equals(mapping.columnDefinition())
                        ? "Text"
                        : column.getType().getSimpleName();
        StringBuilder grammar = new StringBuilder(column.getName()).append(':').append(type);
        if (mapping != null && !mapping.nullable()) {
            grammar.append(":required");
        }
        if (mapping != null && mapping.unique()) {
            grammar.append(":unique");
        }
        return grammar.toString();
    }

    private static List<String> constantsOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .toList();
    }
}
