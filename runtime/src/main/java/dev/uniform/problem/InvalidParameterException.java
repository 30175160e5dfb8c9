package dev.uniform.problem;

import java.util.List;

/** A parameter is invalid in a way Bean Validation cannot express, such as an unknown sort field (400). */
public final class InvalidParameterException extends ProblemException {

    private final FieldViolation violation;

    public InvalidParameterException(String parameter, String message) {
        super(ProblemType.VALIDATION, "Parameter '" + parameter + "' is not valid: " + message);
        this.violation = new FieldViolation(parameter, message);
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(violation);
    }
}
