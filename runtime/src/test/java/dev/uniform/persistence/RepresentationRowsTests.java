package dev.uniform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uniform.resource.Representation;
import jakarta.persistence.Column;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A representation is read from the columns of its entity's fields, or the service does not start. */
class RepresentationRowsTests {

    static class Order extends VersionedEntity {
        public String customerName;

        @Column(name = "total_amount")
        public BigDecimal total;

        public transient String note;
    }

    record OrderResponse(long id, String customerName, BigDecimal total, long version) implements Representation {}

    record WithExtra(long id, String customerName, String note, long version) implements Representation {}

    record WithUnreadable(long id, Object customerName, long version) implements Representation {}

    @Test
    void shouldSelectTheColumnOfEachComponentInOrder() {
        assertThat(RepresentationRows.of(OrderResponse.class, Order.class).columnList())
                .isEqualTo("id, customer_name, total_amount, version");
    }

    @Test
    void shouldRefuseAComponentThatIsNoColumnNamingIt() {
        assertThatThrownBy(() -> RepresentationRows.of(WithExtra.class, Order.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WithExtra cannot be read from rows of Order: note is no field of Order");
    }

    @Test
    void shouldRefuseAComponentOfATypeRowsDoNotHold() {
        assertThatThrownBy(() -> RepresentationRows.of(WithUnreadable.class, Order.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("customerName is a Object, which rows do not hold");
    }
}
