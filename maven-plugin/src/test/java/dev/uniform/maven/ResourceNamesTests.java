package dev.uniform.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names the archetype derives from a resource, derived alike (TemplateNamesTests checks the archetype's side). */
class ResourceNamesTests {

    @ParameterizedTest
    @CsvSource({
        "Order, orders, order, orders",
        "OrderLine, order-lines, orderline, order_lines",
        "Category, categories, category, categories",
        "Day, days, day, days",
        "Address, addresses, address, addresses",
        "Box, boxes, box, boxes",
        "Branch, branches, branch, branches",
        "HTTPRoute, http-routes, httproute, http_routes"
    })
    void shouldDeriveThePathPackageAndTableAsTheArchetypeDoes(
            String resource, String path, String feature, String table) {
        ResourceNames names = ResourceNames.of(resource, null, null);

        assertThat(names.path()).isEqualTo(path);
        assertThat(names.feature()).isEqualTo(feature);
        assertThat(names.table()).isEqualTo(table);
    }

    @ParameterizedTest
    @CsvSource({"Person, people, staff, people"})
    void shouldTakeThePathAndPackageGiven(String resource, String path, String feature, String table) {
        ResourceNames names = ResourceNames.of(resource, path, feature);

        assertThat(names.path()).isEqualTo(path);
        assertThat(names.feature()).isEqualTo(feature);
        assertThat(names.table()).isEqualTo(table);
    }
}
