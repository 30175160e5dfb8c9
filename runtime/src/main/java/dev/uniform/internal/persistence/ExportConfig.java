package dev.uniform.internal.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How exports read their resources: {@code uniform.export.*} (environment: {@code UNIFORM_EXPORT_...}). */
@ConfigMapping(prefix = "uniform.export")
public interface ExportConfig {

    /** Resources per database round trip: large enough to amortise it, small enough to bound memory. */
    @WithDefault("500")
    @Min(1)
    @Max(10_000)
    int chunkSize();
}
