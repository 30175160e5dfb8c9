package dev.uniform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.problem.ConflictException;
import dev.uniform.problem.ReferenceNotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.persistence.Table;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refused write is named by the field the migration named its constraint after, in the resource's words. */
class StoredNamesTests {

    // Not @Entity: the test application would map them. The names come from the class and @Table alone.
    @Table(name = "purchase_order_lines")
    static class PurchaseOrderLine extends VersionedEntity {}

    static class Gizmo extends VersionedEntity {}

    /** The database says where each key of the lines refers to: only the parent's is known to it here. */
    private static final StoredNames LINES = StoredNames.of(
            PurchaseOrderLine.class,
            key -> Uni.createFrom()
                    .item(
                            key.equals("purchase_order_lines_parent_id_fkey")
                                    ? Optional.of("category")
                                    : Optional.empty()));

    @Test
    void shouldNameTheEntityItsTableAndItsLabel() {
        assertThat(LINES.entity()).isEqualTo("PurchaseOrderLine");
        assertThat(LINES.table()).isEqualTo("purchase_order_lines");
        assertThat(LINES.title()).isEqualTo("Purchase order line");
        assertThat(LINES.label()).isEqualTo("purchase order line");
        assertThat(StoredNames.of(Gizmo.class, key -> Uni.createFrom().item(Optional.<String>empty()))
                        .table())
                .isEqualTo("gizmo");
    }

    @Test
    void shouldNameTheFieldWhoseUniqueValueIsTaken() {
        Throwable problem = problemOf(violation(
                "23505", "purchase_order_lines_contact_email_key", "Key (contact_email)=(a@b.c) already exists."));

        assertThat(problem)
                .isInstanceOf(ConflictException.class)
                .hasMessage("Another purchase order line already has this contact email; contactEmail must be unique.");
    }

    @Test
    void shouldSayAValueIsTakenWhereTheConstraintNamesNoField() {
        assertThat(problemOf(violation("23505", "lines_uq", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Another purchase order line already has one of these unique values.");
    }

    @Test
    void shouldNameTheFieldThatRefersToNothingAndWhatItRefersTo() {
        Throwable problem = problemOf(violation(
                "23503",
                "purchase_order_lines_parent_id_fkey",
                "Key (parent_id)=(99) is not present in table \"categories\"."));

        assertThat(problem).isInstanceOf(ReferenceNotFoundException.class);
        assertThat(((ReferenceNotFoundException) problem).violations())
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("parentId");
                    assertThat(violation.message()).isEqualTo("must be the identifier of an existing category");
                });
    }

    @Test
    void shouldFallBackToTheFieldsNameForAKeyTheDatabaseDoesNotExplain() {
        Throwable problem = problemOf(violation(
                "23503",
                "purchase_order_lines_customer_id_fkey",
                "Key (customer_id)=(9) is not present in table \"x\"."));

        assertThat(problem.getMessage()).startsWith("No customer has the identifier in customerId.");
    }

    @Test
    void shouldLeaveEveryOtherFailureAsItIs() {
        IllegalStateException other = new IllegalStateException("boom");
        Throwable unnamedKey = violation("23503", "some_fk", "Key (x)=(1) is not present in table \"y\".");

        assertThat(problemOf(other)).isSameAs(other);
        assertThat(problemOf(unnamedKey)).isSameAs(unnamedKey);
    }

    private static Throwable problemOf(Throwable failure) {
        return LINES.problemOf(failure).await().indefinitely();
    }

    /** As the reactive client reports a refused write: the constraint in the message, the table in the detail. */
    private static Throwable violation(String state, String constraint, String detail) {
        String kind = state.equals("23505") ? "unique constraint" : "foreign key constraint";
        PgException refused = new PgException(
                "insert or update on table violates " + kind + " \"" + constraint + "\"", "ERROR", state, detail);
        return new RuntimeException("wrapped as Hibernate wraps it", refused);
    }
}
