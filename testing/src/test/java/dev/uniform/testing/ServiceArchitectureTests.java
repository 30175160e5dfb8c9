package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules find what they forbid, in a feature written to break them. */
class ServiceArchitectureTests {

    private static final JavaClasses ORDERS =
            new ClassFileImporter().importPackages("dev.uniform.testing.architecture.orders");

    @Test
    void shouldFindAChangeWithoutARole() {
        assertThatThrownBy(() -> ServiceArchitecture.everyChangeNamesItsRole.check(ORDERS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderResource.create()")
                .hasMessageContaining("RolesAllowed");
    }

    @Test
    void shouldFindAServiceThatCallsTheResourceLayer() {
        assertThatThrownBy(() -> ServiceArchitecture.layersCallOnlyDownwards.check(ORDERS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderService.create()")
                .hasMessageContaining("OrderResource.calledFromBelow()");
    }
}
