package dev.uniform.problem;

/** The request is well-formed but clashes with stored state, for example a value that must be unique (409). */
public final class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
