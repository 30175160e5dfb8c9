package dev.uniform.internal.paging;

import dev.uniform.paging.PageParameters;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** Page sizes of a service: {@code uniform.paging.default-size} and {@code uniform.paging.max-size}. */
// Registered even where no bean injects it: PageSizeDocumentation reads it for the API document.
@Unremovable
@ConfigMapping(prefix = "uniform.paging")
public interface PagingConfig {

    /** Items per page when the caller does not say. */
    @WithDefault("20")
    @Positive
    int defaultSize();

    /** The largest page a caller may ask for; larger requests get a 400 naming the limit. */
    @WithDefault("100")
    @Positive
    @Max(PageParameters.HARD_MAX_SIZE)
    int maxSize();
}
