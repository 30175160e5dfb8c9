package dev.uniform.concurrency;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs independent reads at the same time, each on a session of its own. A Hibernate Reactive session must never run
 * two operations at once (HR000069, hibernate-reactive#1607), and {@code withSession} would hand every branch of a
 * {@code Uni.combine()} the one session bound to the request. Only for services that use Hibernate Reactive.
 *
 * <pre>{@code
 * Uni<Long> total = SeparateSessions.read(sessions, repository::countAll);
 * Uni<PriceRange> prices = SeparateSessions.read(sessions, repository::priceRange);
 * return Uni.combine().all().unis(total, prices).with(Statistics::new);
 * }</pre>
 */
public final class SeparateSessions {

    private SeparateSessions() {}

    /**
     * Opens a session for {@code work} alone, with its own connection, and closes it whatever the outcome.
     *
     * @param <T> what the read yields
     * @param factory the service's {@code Mutiny.SessionFactory}, as injected
     * @param work the read; its session is read-only, so changes to the entities it loads are never flushed
     * @return the read's result or failure, passed on once the session is closed
     */
    public static <T> Uni<T> read(Mutiny.SessionFactory factory, Function<Mutiny.Session, Uni<T>> work) {
        return factory.openSession().chain(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session).eventually(session::close);
        });
    }
}
