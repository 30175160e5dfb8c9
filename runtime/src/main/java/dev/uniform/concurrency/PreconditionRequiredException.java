package dev.uniform.concurrency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** A change came without If-Match, where the service requires one (428). */
public final class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}
