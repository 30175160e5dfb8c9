package dev.uniform.problem;

import java.util.List;

/**
 * A failure the caller can act on. Services throw its subclasses; the problem mappers turn them into responses with
 * the type's status, so services never deal in HTTP.
 */
public abstract class ProblemException extends RuntimeException {

    /** The kind of problem, which the response's status and {@code type} follow. */
    private final ProblemType type;

    /**
     * For subclasses, each of which fixes its type. No stack trace is captured: these are answers, not defects.
     *
     * @param type the kind of problem, which decides the response's status
     * @param detail what went wrong, written for the caller to act on; see {@link #detail()}
     */
    protected ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /**
     * The kind of problem the mappers answer with.
     *
     * @return the type, whose status, URI and title the response carries
     */
    public ProblemType type() {
        return type;
    }

    /**
     * The inputs at fault, each named, when the failure is about particular fields; none by default.
     *
     * @return the problem's {@code violations}; empty, never null, when no field is at fault
     */
    public List<FieldViolation> violations() {
        return List.of();
    }

    /**
     * The detail shown to the caller: it must make sense to them and reveal nothing internal.
     *
     * @return the exception's message, served as the problem's {@code detail}
     */
    public String detail() {
        return getMessage();
    }
}
