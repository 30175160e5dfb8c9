package dev.uniform.problem;

import java.util.List;

/**
 * A failure the caller can act on. Services throw its subclasses; the problem mappers turn them into responses with
 * the type's status, so services never deal in HTTP.
 */
public abstract class ProblemException extends RuntimeException {

    private final ProblemType type;

    protected ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** The inputs at fault, each named, when the failure is about particular fields; none by default. */
    public List<FieldViolation> violations() {
        return List.of();
    }

    /** The detail shown to the caller: it must make sense to them and reveal nothing internal. */
    public String detail() {
        return getMessage();
    }
}
