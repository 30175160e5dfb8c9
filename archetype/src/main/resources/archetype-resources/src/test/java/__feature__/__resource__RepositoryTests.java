#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.paging.PageRequest;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.paging.SortOrder;
import ${package}.${feature}.entity.${resource};
import ${package}.${feature}.repository.${resource}Repository;
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
class ${resource}RepositoryTests {

    @Inject
    ${resource}Repository repository;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    @RunOnVertxContext
    void shouldCombineFiltersAndCountAllMatches(TransactionalUniAsserter asserter) {
        String prefix = ${resource}Fixtures.uniquePrefix();
        asserter.execute(() -> repository.persist(List.of(
                entity(prefix + "-1", "3.00", ${resource}Status.ACTIVE),
                entity(prefix + "-2", "7.00", ${resource}Status.ACTIVE),
                entity(prefix + "-3", "9.00", ${resource}Status.ACTIVE),
                entity(prefix + "-4", "8.00", ${resource}Status.DRAFT))));

        ${resource}Filter filter = new ${resource}Filter(${resource}Status.ACTIVE, prefix.toLowerCase(), new BigDecimal("5"), null);
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
        String prefix = ${resource}Fixtures.uniquePrefix();
        asserter.execute(() -> repository.persist(List.of(
                entity(prefix + "-1", "5.00", ${resource}Status.ACTIVE),
                entity(prefix + "-2", "5.00", ${resource}Status.ACTIVE),
                entity(prefix + "-3", "5.00", ${resource}Status.ACTIVE))));

        ${resource}Filter filter = new ${resource}Filter(null, prefix, null, null);
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
        ${resource} stored = entity(${resource}Fixtures.uniquePrefix(), "5.00", ${resource}Status.ACTIVE);
        asserter.execute(() -> sessions.withTransaction(session -> session.persist(stored)));

        asserter.assertFailedWith(
                () -> sessions.withTransaction(session -> session.find(${resource}.class, stored.id)
                        .call(() -> renameInAnotherTransaction(stored.id, "Earlier"))
                        .invoke(read -> read.name = "Later")
                        .call(session::flush)),
                failure -> assertThat(DatabaseErrors.isOptimisticLockFailure(failure))
                        .as("optimistic lock failure: %s", failure)
                        .isTrue());
        asserter.assertThat(
                () -> sessions.withSession(session -> session.find(${resource}.class, stored.id)),
                current -> {
                    assertThat(current.name).isEqualTo("Earlier");
                    assertThat(current.version).isEqualTo(1);
                });
    }

    private Uni<Void> renameInAnotherTransaction(Long id, String name) {
        return sessions.openSession()
                .chain(other -> other.withTransaction(transaction -> other.find(${resource}.class, id)
                                .invoke(found -> found.name = name))
                        .eventually(other::close))
                .replaceWithVoid();
    }

    private static ${resource} entity(String code, String price, ${resource}Status status) {
        ${resource} entity = new ${resource}();
        entity.code = code;
        entity.name = "${Label} " + code;
        entity.price = new BigDecimal(price);
        entity.status = status;
        return entity;
    }
}
