package dev.uniform.internal.ratelimit;

import dev.uniform.internal.ratelimit.Allowance.Found;
import dev.uniform.internal.ratelimit.Decision.Policy;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Decides whether a caller's request is within its allowance, in fixed windows counted across replicas (see
 * {@link SharedCounts}). Each replica keeps the part of each caller's allowance it has leased; most requests take from
 * it without a round trip. While the count cannot be reached, the replica counts alone: a flood is still limited, to
 * the limit per replica, and no request waits for a database that is away.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /** After a lease fails, how long this replica counts alone before it asks the database again. */
    static final Duration COUNTING_ALONE_FOR = Duration.ofSeconds(5);

    private static final long MAX_WINDOW_SECONDS = Duration.ofDays(1).toSeconds();

    private final RateLimitConfig config;
    private final SharedCounts shared;
    private final long windowMillis;
    private final Policy callerPolicy;
    private final Policy addressPolicy;
    private final Map<String, Allowance> allowances = new ConcurrentHashMap<>();
    private volatile long countingAloneUntil;

    @Inject
    public RateLimiter(RateLimitConfig config, Instance<SharedCounts> shared) {
        this(config, shared.isResolvable() ? shared.get() : null);
    }

    /** A limiter of its own over the shared count, as each replica has: for tests of several replicas. */
    RateLimiter(RateLimitConfig config, SharedCounts shared) {
        this.config = config;
        this.shared = shared;
        long windowSeconds = config.window().toSeconds();
        if (windowSeconds < 1
                || windowSeconds > MAX_WINDOW_SECONDS
                || config.window().toNanosPart() != 0) {
            throw new IllegalArgumentException(
                    "uniform.rate-limit.window must be whole seconds, from 1 s to a day: " + config.window());
        }
        if (config.requests() < 1 || config.anonymousRequests() < 1) {
            throw new IllegalArgumentException(
                    "uniform.rate-limit.requests and uniform.rate-limit.anonymous-requests must be at least 1: turn the"
                            + " limit off with uniform.rate-limit.enabled=false instead");
        }
        this.windowMillis = config.window().toMillis();
        this.callerPolicy = new Policy("caller", config.requests(), windowSeconds);
        this.addressPolicy = new Policy("address", config.anonymousRequests(), windowSeconds);
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        if (shared != null) {
            // Made now so that the first requests do not wait for it; made when first needed if the database is away.
            shared.createTable()
                    .subscribe()
                    .with(
                            made -> {},
                            failure -> LOG.debugf("The rate-limit table is made when first needed: %s", failure));
        }
        vertx.setPeriodic(windowMillis, tick -> forgetPastWindows());
    }

    /** Counts the request against its caller's allowance. */
    public Uni<Decision> admit(Caller caller) {
        long now = System.currentTimeMillis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        Policy policy = caller.anonymous() ? addressPolicy : callerPolicy;
        Allowance allowance = allowances.compute(
                caller.key(),
                (key, known) -> known != null && known.windowStart == windowStart
                        ? known
                        : new Allowance(windowStart, policy.quota()));
        return take(caller, policy, allowance);
    }

    private Uni<Decision> take(Caller caller, Policy policy, Allowance allowance) {
        Found found = allowance.take();
        if (found.taken() || found.exhausted()) {
            return Uni.createFrom().item(decide(found.taken(), policy, allowance));
        }
        if (found.start()) {
            lease(caller, allowance, found.size());
        }
        return Uni.createFrom()
                .completionStage(found.lease())
                .emitOn(callersContext())
                .chain(() -> take(caller, policy, allowance));
    }

    private void lease(Caller caller, Allowance allowance, int size) {
        if (shared == null || System.currentTimeMillis() < countingAloneUntil) {
            allowance.grantedHere(size);
            return;
        }
        shared.lease(caller.storedName(windowMillis, allowance.limit), allowance.windowStart, size, allowance.limit)
                .ifNoItem()
                .after(config.storeTimeout())
                .fail()
                .subscribe()
                .with(allowance::leased, failure -> countAlone(allowance, size, failure));
    }

    private void countAlone(Allowance allowance, int size, Throwable failure) {
        long now = System.currentTimeMillis();
        if (now >= countingAloneUntil) {
            LOG.warnf(
                    "Rate limits are counted by this replica alone for %d s: the shared count did not answer: %s",
                    COUNTING_ALONE_FOR.toSeconds(), failure);
        }
        countingAloneUntil = now + COUNTING_ALONE_FOR.toMillis();
        allowance.grantedHere(size);
    }

    private Decision decide(boolean allowed, Policy policy, Allowance allowance) {
        long untilReset = allowance.windowStart + windowMillis - System.currentTimeMillis();
        long resetSeconds = Math.max(1, (untilReset + 999) / 1000);
        return new Decision(allowed, policy, allowance.remaining(), resetSeconds);
    }

    private void forgetPastWindows() {
        long now = System.currentTimeMillis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        allowances.values().removeIf(allowance -> allowance.windowStart < windowStart);
        if (shared != null) {
            // The window before stays: another replica's clock may still be in it.
            shared.forgetBefore(windowStart - windowMillis)
                    .subscribe()
                    .with(
                            done -> {},
                            failure -> LOG.debugf("Past rate-limit counts stay until the next window: %s", failure));
        }
    }

    /** Where a request that waited for a lease goes on: on its own Vert.x context, whoever completed the lease. */
    private static Executor callersContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
