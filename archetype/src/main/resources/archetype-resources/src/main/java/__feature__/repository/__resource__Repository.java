#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.repository;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import ${package}.${feature}.${resource}Filter;
import ${package}.${feature}.entity.${resource};
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Queries over ${labels}. Runs inside the caller's session: services open sessions and transactions. */
@ApplicationScoped
public class ${resource}Repository implements PanacheRepository<${resource}> {

    /** One page of the ${labels} that match {@code filter}, in the requested order. */
    public Uni<Page<${resource}>> search(${resource}Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.text() != null) {
            conditions.add("(lower(name) like :text escape '\\' or lower(code) like :text escape '\\')");
            parameters.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.minPrice() != null) {
            conditions.add("price >= :minPrice");
            parameters.and("minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            conditions.add("price <= :maxPrice");
            parameters.and("maxPrice", filter.maxPrice());
        }
        String query = String.join(" and ", conditions);
        return PanachePaging.fetch(find(query, PanachePaging.sortOf(page, "id"), parameters), page);
    }

    /** Makes {@code %} and {@code _} in the caller's text match themselves, not any text. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
