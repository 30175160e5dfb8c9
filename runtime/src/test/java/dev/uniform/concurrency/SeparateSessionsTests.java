package dev.uniform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Against the real database: concurrent reads never share a session, and none is left open. */
@QuarkusTest
class SeparateSessionsTests {

    @Inject
    Mutiny.SessionFactory factory;

    @Test
    @RunOnVertxContext
    void shouldGiveEachConcurrentReadASessionOfItsOwnAndCloseIt(UniAsserter asserter) {
        List<Mutiny.Session> used = new CopyOnWriteArrayList<>();
        Function<Mutiny.Session, Uni<Integer>> selectOne = session -> {
            used.add(session);
            return session.createNativeQuery("select 1", Integer.class).getSingleResult();
        };

        List<Mutiny.Session> outer = new CopyOnWriteArrayList<>();

        // Inside a session of the request, as under @WithSession: the one that withSession would hand both reads.
        asserter.assertThat(
                () -> factory.withSession(request -> {
                    outer.add(request);
                    return Uni.combine()
                            .all()
                            .unis(SeparateSessions.read(factory, selectOne), SeparateSessions.read(factory, selectOne))
                            .with((first, second) -> first + second);
                }),
                sum -> {
                    assertThat(sum).isEqualTo(2);
                    assertThat(used).hasSize(2).doesNotContainAnyElementsOf(outer);
                    assertThat(used.get(0)).isNotSameAs(used.get(1));
                    assertThat(used).noneMatch(Mutiny.Session::isOpen);
                });
    }
}
