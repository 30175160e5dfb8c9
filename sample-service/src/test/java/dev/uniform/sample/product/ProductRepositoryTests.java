package dev.uniform.sample.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.mapping.ProductMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entity's versioning on the Vert.x context against the real database; listings: ProductListingTests. */
@QuarkusTest
class ProductRepositoryTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    ObjectMapper json;

    private Map<String, Object> valid;

    /** Made before the test runs on the Vert.x context, where a call to the service over HTTP would wait forever. */
    @BeforeEach
    void prepareAValidOne() {
        valid = ProductFixtures.valid();
    }

    /** The version column stops a lost update even when both transactions read before either writes. */
    @Test
    @RunOnVertxContext
    void shouldFailTheLaterOfTwoOverlappingUpdates(UniAsserter asserter) {
        Product stored = ProductMapper.toEntity(json.convertValue(valid, ProductRequest.class));
        asserter.execute(() -> sessions.withTransaction(session -> session.persist(stored)));

        asserter.assertFailedWith(
                () -> sessions.withTransaction(session -> session.find(Product.class, stored.id)
                        .call(() -> touchInAnotherTransaction(stored.id))
                        .invoke(read -> read.updatedAt = Instant.now())
                        .call(session::flush)),
                failure -> assertThat(DatabaseErrors.isOptimisticLockFailure(failure))
                        .as("optimistic lock failure: %s", failure)
                        .isTrue());
        asserter.assertThat(
                () -> sessions.withSession(session -> session.find(Product.class, stored.id)),
                current -> assertThat(current.version).isEqualTo(1));
    }

    /** Changes the product in a transaction of its own, which raises its version. */
    private Uni<Void> touchInAnotherTransaction(Long id) {
        return sessions.openSession()
                .chain(other -> other.withTransaction(transaction ->
                                other.find(Product.class, id).invoke(found -> found.updatedAt = Instant.now()))
                        .eventually(other::close))
                .replaceWithVoid();
    }
}
