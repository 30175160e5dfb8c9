package dev.uniform.problem;

/** The resource a request names does not exist (404). */
public final class ResourceNotFoundException extends ProblemException {

    /**
     * @param resource what was looked for, as the caller calls it: {@code "Product"}
     * @param id the identifier the caller gave
     */
    public ResourceNotFoundException(String resource, Object id) {
        super(ProblemType.NOT_FOUND, resource + " " + id + " does not exist.");
    }
}
