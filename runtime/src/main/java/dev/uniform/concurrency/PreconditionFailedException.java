package dev.uniform.concurrency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** The caller changes a resource it has not seen in its current version: a lost update avoided (412). */
public final class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }

    /**
     * A versioned write that matched no row: another request changed or deleted the resource between this one's read
     * and its write, as when several callers delete the same version at once.
     *
     * @param resource what the resource is called in messages, such as {@code Product}
     * @param id its identifier
     */
    public static PreconditionFailedException changedMeanwhile(String resource, Object id) {
        return new PreconditionFailedException(resource + " " + id + " was changed or deleted by another request while"
                + " this one was handled. Read it again, then repeat the change if it still applies.");
    }
}
