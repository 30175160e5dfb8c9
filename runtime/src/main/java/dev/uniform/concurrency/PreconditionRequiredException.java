package dev.uniform.concurrency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** A change came without If-Match, where the service requires one (428). */
public final class PreconditionRequiredException extends ProblemException {

    /**
     * A 428; {@link Preconditions#ifMatch} throws it with a detail of its own when the header is required and absent.
     *
     * @param detail what the caller must send, served as the problem's {@code detail}
     */
    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}
