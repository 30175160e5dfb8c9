package dev.uniform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.uniform.problem.InvalidParameterException;
import io.quarkus.panache.common.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingUnitTests {

    enum Fields implements SortField {
        NAME,
        CREATED_AT {
            @Override
            public String property() {
                return "created";
            }
        }
    }

    @Test
    void shouldMapApiNamesToPropertiesWithDirections() {
        assertThat(Paging.parseSort(" -createdAt , name", Fields.class))
                .containsExactly(new SortOrder("created", false), new SortOrder("name", true));
    }

    @Test
    void shouldRejectTheSameFieldTwice() {
        assertThatThrownBy(() -> Paging.parseSort("name,-name", Fields.class))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Parameter 'sort' is not valid: names 'name' more than once");
    }

    @Test
    void shouldRejectAPropertyNameThatIsNotAnApiName() {
        assertThatThrownBy(() -> Paging.parseSort("created", Fields.class))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("sortable fields: name, createdAt");
    }

    @Test
    void shouldCountPartialLastPages() {
        PageRequest request = new PageRequest(2, 10, List.of());
        Page<String> page = Page.of(List.of("x"), request, 21);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(request.offset()).isEqualTo(20);
        assertThat(Page.of(List.of(), request, 0).totalPages()).isZero();
        assertThat(page.map(String::length).items()).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {",,", ",", "name,", ",name", "name,,createdAt", "-", "name, -"})
    void shouldRejectAnEmptySortField(String sort) {
        assertThatThrownBy(() -> Paging.parseSort(sort, Fields.class))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Parameter 'sort' is not valid: has an empty field name; sortable fields, separated by"
                        + " commas: name, createdAt");
    }

    @Test
    void shouldEndEverySortWithTheTieBreaker() {
        PageRequest request = new PageRequest(0, 10, List.of(new SortOrder("name", false)));
        Sort sort = PanachePaging.sortOf(request, "id");
        assertThat(sort.getColumns())
                .extracting(Sort.Column::getName, Sort.Column::getDirection)
                .containsExactly(tuple("name", Sort.Direction.Descending), tuple("id", Sort.Direction.Ascending));
    }

    @Test
    void shouldCallConstantsByTheirLowerCamelCaseNames() {
        assertThat(Fields.CREATED_AT.apiName()).isEqualTo("createdAt");
        assertThat(Fields.NAME.property()).isEqualTo("name");
    }
}
