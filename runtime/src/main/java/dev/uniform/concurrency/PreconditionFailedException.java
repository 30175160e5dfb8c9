package dev.uniform.concurrency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** The caller changes a resource it has not seen in its current version: a lost update avoided (412). */
public final class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }
}
