#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.problem.DatabaseErrors;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.entity.${resource};
import ${package}.${feature}.mapping.${resource}Mapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
#end
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entity's versioning on the Vert.x context against the real database; listings: ${resource}ListingTests. */
@QuarkusTest
class ${resource}RepositoryTests {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    ObjectMapper json;

    private Map<String, Object> valid;

    /** Made before the test runs on the Vert.x context, where a call to the service over HTTP would wait forever. */
    @BeforeEach
    void prepareAValidOne() {
        valid = ${resource}Fixtures.valid();
    }

    /** The version column stops a lost update even when both transactions read before either writes. */
    @Test
    @RunOnVertxContext
    void shouldFailTheLaterOfTwoOverlappingUpdates(UniAsserter asserter) {
        ${resource} stored = ${resource}Mapper.toEntity(json.convertValue(valid, ${resource}Request.class));
        asserter.execute(() -> sessions.withTransaction(session -> session.persist(stored)));

        asserter.assertFailedWith(
                () -> sessions.withTransaction(session -> session.find(${resource}.class, stored.id)
                        .call(() -> touchInAnotherTransaction(stored.id))
                        .invoke(read -> read.updatedAt = Instant.now())
                        .call(session::flush)),
                failure -> assertThat(DatabaseErrors.isOptimisticLockFailure(failure))
                        .as("optimistic lock failure: %s", failure)
                        .isTrue());
        asserter.assertThat(
                () -> sessions.withSession(session -> session.find(${resource}.class, stored.id)),
                current -> assertThat(current.version).isEqualTo(1));
    }

    /** Changes the ${label} in a transaction of its own, which raises its version. */
    private Uni<Void> touchInAnotherTransaction(Long id) {
        return sessions.openSession()
                .chain(other -> other.withTransaction(transaction -> other.find(${resource}.class, id)
                                .invoke(found -> found.updatedAt = Instant.now()))
                        .eventually(other::close))
                .replaceWithVoid();
    }
#set( $hasSessions = true )
#parse( "/archetype-resources/cleanup.vm" )
}
