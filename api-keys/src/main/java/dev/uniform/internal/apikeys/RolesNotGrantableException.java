package dev.uniform.internal.apikeys;

import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;
import java.util.List;
import java.util.SortedSet;

/** A key asked for with roles it may not hold (400), naming them and the roles it may. */
final class RolesNotGrantableException extends ProblemException {

    private final FieldViolation violation;

    RolesNotGrantableException(List<String> refused, SortedSet<String> grantable) {
        super(ProblemType.VALIDATION, "Field 'roles' is not valid: " + message(refused, grantable));
        this.violation = new FieldViolation("roles", message(refused, grantable));
    }

    private static String message(List<String> refused, SortedSet<String> grantable) {
        return "a key cannot hold " + String.join(", ", refused) + "; it may hold "
                + (grantable.isEmpty()
                        ? "no role, as no operation of this service checks one"
                        : String.join(", ", grantable))
                + (refused.contains(ApiKeyRoles.ADMIN)
                        ? " (" + ApiKeyRoles.ADMIN + " stays with tokens of the identity provider)"
                        : "");
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(violation);
    }
}
