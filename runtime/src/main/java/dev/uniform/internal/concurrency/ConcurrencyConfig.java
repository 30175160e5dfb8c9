package dev.uniform.internal.concurrency;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Optimistic concurrency over HTTP: {@code uniform.concurrency.*}. */
// Registered even where no bean injects it: IfMatchDocumentation reads it for the API document.
@Unremovable
@ConfigMapping(prefix = "uniform.concurrency")
public interface ConcurrencyConfig {

    /**
     * Whether a change must carry If-Match. When false, a change without it overwrites whatever is stored (last write
     * wins); a change with it is still checked.
     */
    @WithDefault("true")
    boolean requireIfMatch();
}
