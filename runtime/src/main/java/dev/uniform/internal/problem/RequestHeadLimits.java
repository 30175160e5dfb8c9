package dev.uniform.internal.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The largest request line and headers a service answers, {@code uniform.http.limits.*}: a request over either gets
 * a 414 or 431 problem from {@link OversizedRequestHeads}. Vert.x's HTTP codec enforces Quarkus's own limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}) before any code of the service
 * runs, with an empty answer; uniform raises those to an outer bound (16384 characters, 40K) so that these limits,
 * lower, are the ones callers meet. Each one here must stay below its Quarkus counterpart to take effect.
 */
@ConfigMapping(prefix = "uniform.http.limits")
public interface RequestHeadLimits {

    /** Characters in the request line (method, URI with its query string, protocol version): Quarkus's own default. */
    @WithDefault("4096")
    int maxRequestLineLength();

    /** Bytes in all header lines of a request together, bearer token included: Quarkus's own default. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
