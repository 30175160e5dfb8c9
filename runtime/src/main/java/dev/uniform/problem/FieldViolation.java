package dev.uniform.problem;

/**
 * One invalid input: where it is and what is wrong with it. The rejected value is not echoed: it may be a secret.
 *
 * @param field the JSON path of a body property ({@code price}, {@code lines[0].quantity}) or the name of a query,
 *     path or header parameter
 * @param message what a valid value looks like
 */
public record FieldViolation(String field, String message) {

    /** The longest {@code field}, as documented; a longer path is cut. */
    public static final int MAX_FIELD_LENGTH = 512;

    /** The longest {@code message}, as documented; a longer one is cut. */
    public static final int MAX_MESSAGE_LENGTH = 1024;

    /**
     * Cuts both to their documented lengths.
     *
     * @param field the property path in the body, or the name of a query, path or header parameter
     * @param message what a valid value looks like
     */
    public FieldViolation {
        field = cut(field, MAX_FIELD_LENGTH);
        message = cut(message, MAX_MESSAGE_LENGTH);
    }

    /** {@code text} up to {@code max} characters, null for null. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
