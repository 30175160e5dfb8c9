package dev.uniform.testing;

import dev.uniform.model.Field;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Bean Validation constraints a field of the grammar gives a whole-resource request record, and those a record
 * component declares, each written one way ({@code @Size(min = 0, max = 120)}, {@code @DecimalMin(0)}) so that the two
 * compare as sets. Other annotations ({@code @Digits}, {@code @Schema}) are the service's own and not compared.
 */
final class RequestConstraints {

    /** The bounds of a {@code numeric(12, 2)} column, which a BigDecimal without min or max is held to. */
    private static final String LOWEST_AMOUNT = "-9999999999.99";

    private static final String HIGHEST_AMOUNT = "9999999999.99";

    private RequestConstraints() {}

    /** What the field's grammar implies for the request that creates or replaces the resource. */
    static Set<String> implied(Field field) {
        Set<String> constraints = new LinkedHashSet<>();
        if (field.required()) {
            constraints.add(field.type().isText() ? "@NotBlank" : "@NotNull");
        }
        if (field.email()) {
            constraints.add("@Email");
        }
        switch (field.type()) {
            case STRING ->
                constraints.add(size(field.min().map(Integer::parseInt).orElse(0), field.stringMax()));
            case TEXT -> {
                if (field.min().isPresent() || field.max().isPresent()) {
                    constraints.add(size(
                            field.min().map(Integer::parseInt).orElse(0),
                            field.max().map(Integer::parseInt).orElse(Integer.MAX_VALUE)));
                }
            }
            case INTEGER, LONG -> {
                field.min().ifPresent(min -> constraints.add("@Min(" + Long.parseLong(min) + ")"));
                field.max().ifPresent(max -> constraints.add("@Max(" + Long.parseLong(max) + ")"));
            }
            case BIG_DECIMAL -> {
                constraints.add("@DecimalMin(" + plain(field.min().orElse(LOWEST_AMOUNT)) + ")");
                constraints.add("@DecimalMax(" + plain(field.max().orElse(HIGHEST_AMOUNT)) + ")");
            }
            default -> {
                // Booleans, dates, instants, UUIDs, enums and references are constrained by their type alone.
            }
        }
        return constraints;
    }

    /** What a record component declares, from the annotations of its field. */
    static Set<String> declared(Annotation... annotations) {
        Set<String> constraints = new LinkedHashSet<>();
        for (Annotation annotation : annotations) {
            describe(annotation).ifPresent(constraints::add);
        }
        return constraints;
    }

    /** How the two differ, in words; empty when they agree. */
    static List<String> differences(Set<String> implied, Set<String> declared) {
        List<String> differences = new ArrayList<>();
        declared.stream()
                .filter(constraint -> !implied.contains(constraint))
                .forEach(constraint -> differences.add("has " + constraint));
        implied.stream()
                .filter(constraint -> !declared.contains(constraint))
                .forEach(constraint -> differences.add("lacks " + constraint));
        return differences;
    }

    private static Optional<String> describe(Annotation annotation) {
        if (annotation instanceof NotBlank) {
            return Optional.of("@NotBlank");
        } else if (annotation instanceof NotNull) {
            return Optional.of("@NotNull");
        } else if (annotation instanceof Email) {
            return Optional.of("@Email");
        } else if (annotation instanceof Size size) {
            return Optional.of(size(size.min(), size.max()));
        } else if (annotation instanceof Min min) {
            return Optional.of("@Min(" + min.value() + ")");
        } else if (annotation instanceof Max max) {
            return Optional.of("@Max(" + max.value() + ")");
        } else if (annotation instanceof DecimalMin min) {
            return Optional.of("@DecimalMin(" + plain(min.value()) + ")");
        } else if (annotation instanceof DecimalMax max) {
            return Optional.of("@DecimalMax(" + plain(max.value()) + ")");
        }
        return Optional.empty();
    }

    private static String size(int min, int max) {
        return "@Size(min = " + min + ", max = " + max + ")";
    }

    /** {@code 0}, {@code 0.0} and {@code 0.00} bound alike. */
    private static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
