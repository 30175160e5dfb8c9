package dev.uniform.problem;

/**
 * One invalid input: where it is and what is wrong with it. The rejected value is not echoed: it may be a secret.
 *
 * @param field the JSON path of a body property ({@code price}, {@code lines[0].quantity}) or the name of a query,
 *     path or header parameter
 * @param message what a valid value looks like
 */
public record FieldViolation(String field, String message) {}
