package dev.uniform.internal.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.OptionalInt;

/** How exports read their resources: {@code uniform.export.*} (environment: {@code UNIFORM_EXPORT_...}). */
@ConfigMapping(prefix = "uniform.export")
public interface ExportConfig {

    /** Resources per database round trip: large enough to amortise it, small enough to bound memory. */
    @WithDefault("500")
    @Min(1)
    @Max(10_000)
    int chunkSize();

    /**
     * Chunks that all exports together read from the database at once; the rest wait their turn. Keeps the pool for
     * other requests when many callers start an export together: each chunk takes a connection while it is read.
     */
    @WithDefault("2")
    @Min(1)
    @Max(1_000)
    int concurrentReads();

    /**
     * Threads that turn exports' rows into JSON, off the event loops; by default half the CPUs, at least one. Bounds
     * the CPU all exports take together, however many read.
     */
    @Min(1)
    @Max(1_000)
    OptionalInt threads();
}
