package dev.uniform.sample.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.PreconditionFailedException;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.problem.ConflictException;
import dev.uniform.problem.ResourceNotFoundException;
import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.repository.ProductRepository;
import dev.uniform.sample.product.service.ProductService;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** The service's own rules, with the repository replaced: mapping, not-found and conflict translation. */
@QuarkusTest
class ProductServiceTests {

    @InjectMock
    ProductRepository repository;

    @Inject
    ProductService service;

    @Test
    @RunOnVertxContext
    void shouldTurnAUniqueViolationIntoAConflictNamingTheCode(UniAsserter asserter) {
        SQLException duplicate = new SQLException("duplicate key value", "23505");
        when(repository.persistAndFlush(any(Product.class)))
                .thenReturn(Uni.createFrom().failure(new ConstraintViolationException("insert", duplicate, "k")));

        asserter.assertFailedWith(
                () -> service.create(request("DUP-1"), Optional.empty()),
                failure -> assertThat(failure)
                        .isInstanceOf(ConflictException.class)
                        .hasMessage("Code DUP-1 is already used by another product."));
    }

    @Test
    @RunOnVertxContext
    void shouldLeaveOtherDatabaseFailuresAlone(UniAsserter asserter) {
        SQLException outage = new SQLException("connection reset", "08006");
        when(repository.persistAndFlush(any(Product.class)))
                .thenReturn(Uni.createFrom().failure(outage));

        asserter.assertFailedWith(
                () -> service.create(request("OUT-1"), Optional.empty()),
                failure -> assertThat(failure).isSameAs(outage));
    }

    @Test
    @RunOnVertxContext
    void shouldMapTheStoredEntityToItsApiRecord(UniAsserter asserter) {
        when(repository.findById(7L)).thenReturn(Uni.createFrom().item(stored(7L, "MAP-7")));

        asserter.assertThat(() -> service.get(7L), response -> {
            assertThat(response.id()).isEqualTo(7L);
            assertThat(response.code()).isEqualTo("MAP-7");
            assertThat(response.price()).isEqualByComparingTo("12.50");
            assertThat(response.status()).isEqualTo(ProductStatus.ACTIVE);
        });
    }

    @Test
    @RunOnVertxContext
    void shouldReportAMissingOneOnPatchWithoutFlushing(UniAsserter asserter) {
        when(repository.findById(anyLong())).thenReturn(Uni.createFrom().nullItem());

        asserter.assertFailedWith(
                () -> service.patch(404L, IfMatch.any(), new ProductPatch(null, "x", null, null)),
                failure -> assertThat(failure)
                        .isInstanceOf(ResourceNotFoundException.class)
                        .hasMessage("Product 404 does not exist."));
        asserter.execute(() -> {
            verify(repository, never()).flush();
        });
    }

    @Test
    @RunOnVertxContext
    void shouldReportAMissingOneOnDelete(UniAsserter asserter) {
        when(repository.findById(anyLong())).thenReturn(Uni.createFrom().nullItem());

        asserter.assertFailedWith(
                () -> service.delete(5L, IfMatch.any()),
                failure -> assertThat(failure).isInstanceOf(ResourceNotFoundException.class));
    }

    @Test
    @RunOnVertxContext
    void shouldRefuseAChangeToAVersionTheCallerHasNotSeen(UniAsserter asserter) {
        Product current = stored(7L, "VER-7");
        current.version = 2;
        when(repository.findById(7L)).thenReturn(Uni.createFrom().item(current));

        asserter.assertFailedWith(
                () -> service.patch(7L, IfMatch.parse("\"1\""), new ProductPatch(null, "x", null, null)),
                failure -> assertThat(failure)
                        .isInstanceOf(PreconditionFailedException.class)
                        .hasMessageStartingWith("Product 7 has changed since you read it: its ETag is now \"2\"."));
        asserter.execute(() -> {
            assertThat(current.name).isEqualTo("Stored");
            verify(repository, never()).flush();
        });
    }

    @Test
    @RunOnVertxContext
    void shouldConvertEveryItemOfAPage(UniAsserter asserter) {
        PageRequest request = new PageRequest(0, 2, List.of());
        Page<Product> stored = Page.of(List.of(stored(1L, "P-1"), stored(2L, "P-2")), request, 5);
        when(repository.search(any(ProductFilter.class), any(PageRequest.class)))
                .thenReturn(Uni.createFrom().item(stored));

        asserter.assertThat(() -> service.list(new ProductFilter(null, null, null, null), request), page -> {
            assertThat(page.items()).extracting(item -> item.code()).containsExactly("P-1", "P-2");
            assertThat(page.totalItems()).isEqualTo(5);
            assertThat(page.totalPages()).isEqualTo(3);
        });
    }

    @Test
    @RunOnVertxContext
    void shouldCombineTheCountsAndPricesIntoStatistics(UniAsserter asserter) {
        Map<ProductStatus, Long> counts =
                new EnumMap<>(Map.of(ProductStatus.DRAFT, 2L, ProductStatus.ACTIVE, 5L, ProductStatus.ARCHIVED, 0L));
        when(repository.countByStatus(any())).thenReturn(Uni.createFrom().item(counts));
        when(repository.prices(any()))
                .thenReturn(Uni.createFrom()
                        .item(new ProductPrices(new BigDecimal("1.00"), new BigDecimal("9.00"), 4.125)));

        asserter.assertThat(() -> service.statistics(), statistics -> {
            assertThat(statistics.total()).isEqualTo(7);
            assertThat(statistics.byStatus()).containsEntry(ProductStatus.ARCHIVED, 0L);
            assertThat(statistics.lowestPrice()).isEqualByComparingTo("1.00");
            assertThat(statistics.highestPrice()).isEqualByComparingTo("9.00");
            assertThat(statistics.averagePrice()).isEqualTo(new BigDecimal("4.13"));
        });
    }

    private static ProductRequest request(String code) {
        return new ProductRequest(code, "Name", new BigDecimal("1.00"), ProductStatus.ACTIVE);
    }

    private static Product stored(long id, String code) {
        Product entity = new Product();
        entity.id = id;
        entity.code = code;
        entity.name = "Stored";
        entity.price = new BigDecimal("12.50");
        entity.status = ProductStatus.ACTIVE;
        entity.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        entity.updatedAt = entity.createdAt;
        return entity;
    }
}
