package dev.uniform.concurrency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** The caller changes a resource it has not seen in its current version: a lost update avoided (412). */
public final class PreconditionFailedException extends ProblemException {

    /**
     * A 412 with a detail of the service's own; {@link IfMatch#check} and {@link #changedMeanwhile} write theirs.
     *
     * @param detail what changed and what the caller can do about it, served as the problem's {@code detail}
     */
    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }

    /**
     * A versioned write that matched no row: another request changed or deleted the resource between this one's read
     * and its write, as when several callers delete the same version at once.
     *
     * @param resource what the resource is called in messages, such as {@code Product}
     * @param id its identifier
     * @return the 412 to throw, telling the caller to read the resource again before it repeats the change
     */
    public static PreconditionFailedException changedMeanwhile(String resource, Object id) {
        return new PreconditionFailedException(resource + " " + id + " was changed or deleted by another request while"
                + " this one was handled. Read it again, then repeat the change if it still applies.");
    }
}
