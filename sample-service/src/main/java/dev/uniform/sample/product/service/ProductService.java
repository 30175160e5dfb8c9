package dev.uniform.sample.product.service;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageRequest;
import dev.uniform.persistence.ResourceStore;
import dev.uniform.persistence.ResourceStores;
import dev.uniform.sample.product.api.ProductFilter;
import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.mapping.ProductMapper;
import dev.uniform.sample.product.repository.ProductRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of products. Owns the transactions; the product store (uniform-runtime) does what every resource
 * does (idempotent creates, reads by id, changes and deletes of the version the caller has seen, the export), and maps
 * entities to API records before the session ends.
 */
@ApplicationScoped
public class ProductService {

    private final ProductRepository repository;
    private final ResourceStore<Product, ProductResponse> products;

    public ProductService(ProductRepository repository, ResourceStores stores) {
        this.repository = repository;
        this.products = stores.of(Product.class, ProductResponse.class, ProductMapper::toResponse);
    }

    @WithTransaction
    public Uni<Idempotent<ProductResponse>> create(ProductRequest request, Optional<IdempotencyKey> key) {
        return products.create(key, request, () -> ProductMapper.toEntity(request));
    }

    public Uni<ProductResponse> get(long id) {
        return products.get(id);
    }

    @WithSession
    public Uni<CursorPage<ProductResponse>> list(ProductFilter filter, PageRequest page) {
        return repository.search(filter, page).map(found -> found.map(ProductMapper::toResponse));
    }

    /** Every product in identifier order, a chunk at a time, read as the caller consumes them. */
    public Multi<List<ProductResponse>> export() {
        return products.export();
    }

    @WithTransaction
    public Uni<ProductResponse> replace(long id, IfMatch ifMatch, ProductRequest request) {
        return products.change(id, ifMatch, entity -> ProductMapper.replace(entity, request));
    }

    @WithTransaction
    public Uni<ProductResponse> patch(long id, IfMatch ifMatch, ProductPatch patch) {
        return products.change(id, ifMatch, entity -> ProductMapper.patch(entity, patch));
    }

    @WithTransaction
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return products.delete(id, ifMatch);
    }
}
