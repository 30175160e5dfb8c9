package dev.uniform.sample.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.PreconditionFailedException;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.problem.ConflictException;
import dev.uniform.problem.ResourceNotFoundException;
import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.mapping.ProductMapper;
import dev.uniform.sample.product.repository.ProductRepository;
import dev.uniform.sample.product.service.ProductService;
import dev.uniform.testing.JsonValues;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
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

    @Inject
    ObjectMapper json;

    @Test
    @RunOnVertxContext
    void shouldTurnAUniqueViolationIntoAConflictNamingTheField(UniAsserter asserter) {
        SQLException duplicate = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"products_code_key\"", "23505");
        when(repository.persistAndFlush(any(Product.class)))
                .thenReturn(Uni.createFrom().failure(new ConstraintViolationException("insert", duplicate, "k")));

        asserter.assertFailedWith(
                () -> service.create(example(), Optional.empty()),
                failure -> assertThat(failure)
                        .isInstanceOf(ConflictException.class)
                        .hasMessage("Another product already has this code; code must be unique."));
    }

    @Test
    @RunOnVertxContext
    void shouldLeaveOtherDatabaseFailuresAlone(UniAsserter asserter) {
        SQLException outage = new SQLException("connection reset", "08006");
        when(repository.persistAndFlush(any(Product.class)))
                .thenReturn(Uni.createFrom().failure(outage));

        asserter.assertFailedWith(
                () -> service.create(example(), Optional.empty()),
                failure -> assertThat(failure).isSameAs(outage));
    }

    @Test
    void shouldMapTheStoredEntityToItsApiRecord() {
        ProductResponse response = ProductMapper.toResponse(stored(7L));

        assertThat(response.id()).isEqualTo(7L);
        assertThat(response.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        JsonValues.assertSameValues(json.convertValue(example(), Map.class), json.convertValue(response, Map.class));
    }

    @Test
    @RunOnVertxContext
    void shouldReportAMissingOneOnGet(UniAsserter asserter) {
        when(repository.findResponse(anyLong())).thenReturn(Uni.createFrom().nullItem());

        asserter.assertFailedWith(
                () -> service.get(404L),
                failure -> assertThat(failure)
                        .isInstanceOf(ResourceNotFoundException.class)
                        .hasMessage("Product 404 does not exist."));
    }

    @Test
    @RunOnVertxContext
    void shouldReportAMissingOneOnPatchWithoutFlushing(UniAsserter asserter) {
        when(repository.findById(anyLong())).thenReturn(Uni.createFrom().nullItem());

        asserter.assertFailedWith(
                () -> service.patch(404L, IfMatch.any(), read(ProductPatch.EXAMPLE, ProductPatch.class)),
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
        Product current = stored(7L);
        current.version = 2;
        Map<String, Object> before = json.convertValue(ProductMapper.toResponse(current), Map.class);
        when(repository.findById(7L)).thenReturn(Uni.createFrom().item(current));

        asserter.assertFailedWith(
                () -> service.patch(7L, IfMatch.parse("\"1\""), read(ProductPatch.EXAMPLE, ProductPatch.class)),
                failure -> assertThat(failure)
                        .isInstanceOf(PreconditionFailedException.class)
                        .hasMessageStartingWith("Product 7 has changed since you read it: its ETag is now \"2\"."));
        asserter.execute(() -> {
            assertThat(json.convertValue(ProductMapper.toResponse(current), Map.class))
                    .isEqualTo(before);
            verify(repository, never()).flush();
        });
    }

    @Test
    @RunOnVertxContext
    void shouldConvertEveryItemOfAPage(UniAsserter asserter) {
        PageRequest request = new PageRequest(0, 2, List.of());
        Page<Product> stored = Page.of(List.of(stored(1L), stored(2L)), request, 5);
        when(repository.search(any(ProductFilter.class), any(PageRequest.class)))
                .thenReturn(Uni.createFrom().item(stored));

        ProductFilter anything = read("{}", ProductFilter.class);

        asserter.assertThat(() -> service.list(anything, request), page -> {
            assertThat(page.items()).extracting(item -> item.id()).containsExactly(1L, 2L);
            assertThat(page.totalItems()).isEqualTo(5);
            assertThat(page.totalPages()).isEqualTo(3);
        });
    }

    /** The documented example, as the API reads it. */
    private ProductRequest example() {
        return read(ProductRequest.EXAMPLE, ProductRequest.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Product stored(long id) {
        Product entity = ProductMapper.toEntity(example());
        entity.id = id;
        entity.createdAt = Instant.parse("2026-01-01T00:00:00Z");
        entity.updatedAt = entity.createdAt;
        return entity;
    }
}
