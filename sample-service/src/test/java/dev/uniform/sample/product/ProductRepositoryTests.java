package dev.uniform.sample.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.paging.PageRequest;
import dev.uniform.paging.SortOrder;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.repository.ProductRepository;
import io.quarkus.test.hibernate.reactive.panache.TransactionalUniAsserter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries on the Vert.x context against the real database, each test in a transaction that is rolled back. */
@QuarkusTest
class ProductRepositoryTests {

    @Inject
    ProductRepository repository;

    @Test
    @RunOnVertxContext
    void shouldCombineFiltersAndCountAllMatches(TransactionalUniAsserter asserter) {
        String prefix = ProductFixtures.uniquePrefix();
        asserter.execute(() -> repository.persist(List.of(
                entity(prefix + "-1", "3.00", ProductStatus.ACTIVE),
                entity(prefix + "-2", "7.00", ProductStatus.ACTIVE),
                entity(prefix + "-3", "9.00", ProductStatus.ACTIVE),
                entity(prefix + "-4", "8.00", ProductStatus.DRAFT))));

        ProductFilter filter = new ProductFilter(ProductStatus.ACTIVE, prefix.toLowerCase(), new BigDecimal("5"), null);
        PageRequest firstOfOne = new PageRequest(0, 1, List.of(new SortOrder("price", false)));

        asserter.assertThat(() -> repository.search(filter, firstOfOne), page -> {
            assertThat(page.items()).extracting(entity -> entity.code).containsExactly(prefix + "-3");
            assertThat(page.totalItems()).isEqualTo(2);
            assertThat(page.totalPages()).isEqualTo(2);
        });
    }

    @Test
    @RunOnVertxContext
    void shouldBreakSortTiesByIdSoPagesNeverOverlap(TransactionalUniAsserter asserter) {
        String prefix = ProductFixtures.uniquePrefix();
        asserter.execute(() -> repository.persist(List.of(
                entity(prefix + "-1", "5.00", ProductStatus.ACTIVE),
                entity(prefix + "-2", "5.00", ProductStatus.ACTIVE),
                entity(prefix + "-3", "5.00", ProductStatus.ACTIVE))));

        ProductFilter filter = new ProductFilter(null, prefix, null, null);
        List<SortOrder> byPrice = List.of(new SortOrder("price", true));

        asserter.assertThat(
                () -> repository.search(filter, new PageRequest(0, 2, byPrice)),
                page -> assertThat(page.items())
                        .extracting(entity -> entity.code)
                        .containsExactly(prefix + "-1", prefix + "-2"));
        asserter.assertThat(
                () -> repository.search(filter, new PageRequest(1, 2, byPrice)),
                page -> assertThat(page.items())
                        .extracting(entity -> entity.code)
                        .containsExactly(prefix + "-3"));
    }

    private static Product entity(String code, String price, ProductStatus status) {
        Product entity = new Product();
        entity.code = code;
        entity.name = "Product " + code;
        entity.price = new BigDecimal(price);
        entity.status = status;
        return entity;
    }
}
