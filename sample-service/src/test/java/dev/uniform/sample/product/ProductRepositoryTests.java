package dev.uniform.sample.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.paging.PageRequest;
import dev.uniform.paging.SortOrder;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.repository.ProductRepository;
import io.quarkus.test.hibernate.reactive.panache.TransactionalUniAsserter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Queries and versioning on the Vert.x context against the real database. */
@QuarkusTest
class ProductRepositoryTests {

    @Inject
    ProductRepository repository;

    @Inject
    Mutiny.SessionFactory sessions;

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

    /** The version column stops a lost update even when both transactions read before either writes. */
    @Test
    @RunOnVertxContext
    void shouldFailTheLaterOfTwoOverlappingUpdates(UniAsserter asserter) {
        Product stored = entity(ProductFixtures.uniquePrefix(), "5.00", ProductStatus.ACTIVE);
        asserter.execute(() -> sessions.withTransaction(session -> session.persist(stored)));

        asserter.assertFailedWith(
                () -> sessions.withTransaction(session -> session.find(Product.class, stored.id)
                        .call(() -> renameInAnotherTransaction(stored.id, "Earlier"))
                        .invoke(read -> read.name = "Later")
                        .call(session::flush)),
                failure -> assertThat(DatabaseErrors.isOptimisticLockFailure(failure))
                        .as("optimistic lock failure: %s", failure)
                        .isTrue());
        asserter.assertThat(() -> sessions.withSession(session -> session.find(Product.class, stored.id)), current -> {
            assertThat(current.name).isEqualTo("Earlier");
            assertThat(current.version).isEqualTo(1);
        });
    }

    private Uni<Void> renameInAnotherTransaction(Long id, String name) {
        return sessions.openSession()
                .chain(other -> other.withTransaction(
                                transaction -> other.find(Product.class, id).invoke(found -> found.name = name))
                        .eventually(other::close))
                .replaceWithVoid();
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
