package dev.uniform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid input: where it is and what is wrong with it. The rejected value is not echoed: it may be a secret.
 *
 * @param field the JSON path of a body property ({@code price}, {@code lines[0].quantity}) or the name of a query,
 *     path or header parameter
 * @param message what a valid value looks like
 */
@Schema(name = "FieldViolation", description = "One invalid input of the request.")
public record FieldViolation(
        @Schema(description = "Body property path or parameter name.", example = "price")
        String field,

        @Schema(description = "What is wrong and what a valid value looks like.", example = "must be greater than 0")
        String message) {}
