package dev.uniform.problem;

import java.util.List;

/**
 * A create or change names, in one of its fields, a resource that does not exist (422): the request is well-formed,
 * but refers to nothing. Services throw it when the database's foreign key refuses the write, naming the field.
 */
public final class ReferenceNotFoundException extends ProblemException {

    /** The field holding the identifier, served as the problem's only violation. */
    private final FieldViolation violation;

    /**
     * @param field the request's field that holds the identifier, such as {@code customerId}
     * @param referenced what it refers to, in words, such as {@code customer}
     */
    public ReferenceNotFoundException(String field, String referenced) {
        super(
                ProblemType.REFERENCE_NOT_FOUND,
                "No " + referenced + " has the identifier in " + field + ". Create the " + referenced
                        + " first, or send the identifier of one that exists.");
        this.violation = new FieldViolation(field, "must be the identifier of an existing " + referenced);
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(violation);
    }
}
