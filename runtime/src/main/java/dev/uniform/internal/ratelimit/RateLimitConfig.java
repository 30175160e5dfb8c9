package dev.uniform.internal.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many requests each caller may send: {@code uniform.rate-limit.*}. A caller is the subject of a bearer token (with
 * its issuer), an API key, or, without credentials, the client's address; each gets its allowance per fixed window,
 * counted for all replicas together in the service's database. Beyond it, requests are answered 429 with Retry-After
 * until the window ends.
 */
@ConfigMapping(prefix = "uniform.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are counted and limited at all; on by default, so that no service is open to a flood. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The window each allowance is counted over, and renewed after: whole seconds, at least 1 and at most a day. A
     * minute by default: short enough that a caller over the limit waits little, long enough to absorb a burst.
     */
    @WithDefault("PT1M")
    Duration window();

    /**
     * Requests a caller with credentials (a bearer token's subject, an API key) may send per window, across replicas, at least 1:
     * 6000 a minute by default, 100 a second sustained, well above what a person clicks and within what one service
     * calling another needs; an operator sets what the service can serve.
     */
    @WithDefault("6000")
    int requests();

    /**
     * Requests without credentials from one client address (an IPv6 /64) may send per window, across replicas, at least 1: 600 a
     * minute by default. Behind a proxy, the address is the proxy's unless {@code quarkus.http.proxy.*} says to trust
     * its Forwarded or X-Forwarded-For header; every caller behind it would otherwise share one allowance.
     */
    @WithDefault("600")
    int anonymousRequests();

    /**
     * The longest a request waits for the shared count. Beyond it, or when the database cannot be reached, the replica
     * counts alone for a few seconds, allowing each caller its whole limit here: a limit that would otherwise stop
     * every request while the database is away, or slow every caller while it is slow.
     */
    @WithDefault("PT0.5S")
    Duration storeTimeout();
}
