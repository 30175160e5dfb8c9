package dev.uniform.problem;

/** The request is well-formed but clashes with stored state, for example a value that must be unique (409). */
public final class ConflictException extends ProblemException {

    /**
     * A 409 in the service's words: {@link DatabaseErrors#violatedConstraint} tells which unique value was taken.
     *
     * @param detail which value clashes and what the caller can do instead, served as the problem's {@code detail}
     */
    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
