package dev.uniform.sample.product.repository;

import dev.uniform.paging.Criteria;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import dev.uniform.sample.product.api.ProductFilter;
import dev.uniform.sample.product.entity.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over products, in the caller's session: services open sessions and transactions. */
@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    /** One page of the products that match {@code filter}, in the requested order. */
    public Uni<CursorPage<Product>> search(ProductFilter filter, PageRequest page) {
        Criteria where = Criteria.where()
                .contains("code", filter.code())
                .contains("name", filter.name())
                .between("price", filter.minPrice(), filter.maxPrice())
                .equalTo("status", filter.status());
        return PanachePaging.fetch(Product.class, where, page);
    }
}
