package dev.uniform.internal.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.uniform.internal.input.StorableText;
import dev.uniform.internal.input.UnstorableTextException;
import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Describes why Jackson could not read a body in the caller's terms: the JSON path and the expected kind of value.
 * Jackson's own messages name Java classes, so none of them reaches a response.
 */
final class JsonProblems {

    private JsonProblems() {}

    static Problem describe(JsonProcessingException failure, String instance) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return problem(
                    "Unknown field '" + field + "'. Known fields: " + knownFields(unknown) + ".",
                    instance,
                    new FieldViolation(field, "is not a known field"));
        }
        if (failure instanceof UnstorableTextException unstorable) {
            String field = pathOf(unstorable);
            return problem(
                    "Field '" + field + "' " + StorableText.RULE + ".",
                    instance,
                    new FieldViolation(field, StorableText.RULE));
        }
        if (failure instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            String expected = "must be " + expectedValue(mismatch.getTargetType());
            return problem("Field '" + field + "' " + expected + ".", instance, new FieldViolation(field, expected));
        }
        if (failure instanceof JsonParseException syntax) {
            return Problem.of(
                    ProblemType.MALFORMED_BODY,
                    "Request body is not valid JSON (line "
                            + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ").",
                    instance);
        }
        return Problem.of(ProblemType.MALFORMED_BODY, "Request body does not match the expected JSON shape.", instance);
    }

    private static Problem problem(String detail, String instance, FieldViolation violation) {
        return Problem.of(ProblemType.VALIDATION, detail, instance, List.of(violation));
    }

    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? Violations.BODY : path.toString();
    }

    private static String knownFields(UnrecognizedPropertyException unknown) {
        Collection<Object> known = unknown.getKnownPropertyIds();
        return known == null
                ? "see the API documentation"
                : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** The JSON kind a Java type reads from, in words a caller of any language understands. */
    static String expectedValue(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2026-01-15";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 date and time with its offset, such as 2026-01-15T09:30:00Z";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time string";
        }
        if (type == UUID.class) {
            return "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}
