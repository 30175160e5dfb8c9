package dev.uniform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uniform.problem.InvalidParameterException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Criteria join only for the filters a caller gave, with the caller's input as parameters only. */
class CriteriaTests {

    @Test
    void shouldMatchEverythingWithoutFilters() {
        Criteria where = Criteria.where()
                .contains("name", null)
                .contains("name", "  ")
                .equalTo("status", null)
                .between("price", null, null);

        assertThat(where.query()).isEmpty();
        assertThat(where.parameters().map()).isEmpty();
    }

    @Test
    void shouldJoinEachGivenFilterWithItsValueAsAParameter() {
        Criteria where = Criteria.where()
                .contains("name", " Mug ")
                .equalTo("status", "ACTIVE")
                .between("price", new BigDecimal("1"), new BigDecimal("9"));

        assertThat(where.query())
                .isEqualTo("lower(name) like :p0 escape '\\' and status = :p1 and price >= :p2 and price <= :p3");
        assertThat(where.parameters().map())
                .isEqualTo(Map.of("p0", "%mug%", "p1", "ACTIVE", "p2", new BigDecimal("1"), "p3", new BigDecimal("9")));
    }

    @Test
    void shouldMakeLikeWildcardsInTheCallersTextMatchThemselves() {
        Criteria where = Criteria.where().contains("code", "50%_off\\");

        assertThat(where.parameters().map()).containsEntry("p0", "%50\\%\\_off\\\\%");
    }

    @Test
    void shouldRefuseARangeWhoseLowerBoundIsAboveItsUpperOneNamingIt() {
        assertThatThrownBy(() -> Criteria.where().between("price", 5, 2))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("minPrice")
                .hasMessageContaining("must not be greater than maxPrice (2)");
    }
}
