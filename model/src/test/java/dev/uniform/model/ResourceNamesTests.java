package dev.uniform.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceNamesTests {

    @ParameterizedTest(name = "{0} -> /{1}")
    @CsvSource({
        "Order, orders",
        "OrderLine, order-lines",
        "HTTPRequest, http-requests",
        "Category, categories",
        "Day, days",
        "Address, addresses",
        "Box, boxes",
        "Quiz, quizzes",
        "Match, matches",
        "Wish, wishes",
        "Analysis, analyses",
        "Axis, axes",
        "Shelf, shelves",
        "BookShelf, book-shelves",
        "Leaf, leaves",
        "Knife, knives",
        "Life, lives",
        "Roof, roofs",
        "Chief, chiefs",
        "Person, people",
        "SalesPerson, sales-people",
        "Child, children",
        "Woman, women",
        "Hero, heroes",
        "Photo, photos",
        "Series, series",
        "Equipment, equipment",
        "Criterion, criteria",
        "Bed, beds",
    })
    void shouldDeriveTheKebabCasePlural(String resource, String path) {
        assertThat(ResourceNames.of(resource, null, null).path()).isEqualTo(path);
    }

    @Test
    void shouldKeepWhatIsGivenAndDeriveTheRest() {
        ResourceNames names = ResourceNames.of("OrderLine", "", " ");

        assertThat(names).isEqualTo(new ResourceNames("OrderLine", "order-lines", "orderline"));
        assertThat(names.table()).isEqualTo("order_lines");
        assertThat(ResourceNames.of("Person", "persons", "people"))
                .isEqualTo(new ResourceNames("Person", "persons", "people"));
        assertThat(names.problems()).isEmpty();
    }

    @Test
    void shouldNameEachBadNameAndWhatWouldBeAccepted() {
        assertThat(new ResourceNames("orderLine", "Order_Lines", "order.line").problems())
                .containsExactly(
                        "resource 'orderLine' must be a singular UpperCamelCase Java class name of at most 30"
                                + " characters, such as Order or OrderLine",
                        "feature 'order.line' cannot be a package name (lower-case letters, digits and underscores,"
                                + " not a Java keyword); pass -Dfeature=<another name>",
                        "resourcePath 'Order_Lines' must be one path segment in kebab-case, such as order-lines");
        assertThat(ResourceNames.of("Thread", null, null).problems())
                .containsExactly("resource 'Thread' would hide java.lang.Thread; choose another name");
        assertThat(ResourceNames.of("Switch", null, null).problems())
                .containsExactly("feature 'switch' cannot be a package name (lower-case letters, digits and"
                        + " underscores, not a Java keyword); pass -Dfeature=<another name>");
    }
}
