package dev.uniform.problem;

import java.util.List;

/** A parameter is invalid in a way Bean Validation cannot express, such as an unknown sort field (400). */
public final class InvalidParameterException extends ProblemException {

    /** The parameter at fault, served as the problem's only violation. */
    private final FieldViolation violation;

    /**
     * A 400 that names the parameter, both in the detail and as the problem's one violation.
     *
     * @param parameter the name of the query, path or header parameter, as the caller sends it, such as {@code sort}
     * @param message what a valid value looks like, such as {@code must be at most 100}
     */
    public InvalidParameterException(String parameter, String message) {
        super(ProblemType.VALIDATION, "Parameter '" + parameter + "' is not valid: " + message);
        this.violation = new FieldViolation(parameter, message);
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(violation);
    }
}
