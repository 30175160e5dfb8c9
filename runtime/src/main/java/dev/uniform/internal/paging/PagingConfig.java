package dev.uniform.internal.paging;

import dev.uniform.paging.PageParameters;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Page sizes of a service: {@code uniform.paging.default-size} and {@code uniform.paging.max-size}; how deep pages by index go. */
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

    /**
     * How deep a page asked by index may start ({@code page × size}): an offset makes the database read and drop every
     * row before the page, so deep pages are reached by cursor. Larger requests get a 400 pointing to the cursor.
     */
    @WithDefault("10000")
    @PositiveOrZero
    int maxOffset();
}
