package dev.uniform.sample.product;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the products feature, {@code products.*} (environment: {@code PRODUCTS_...}). Checked at start: a service
 * with an invalid value does not start, and says which.
 */
@ConfigMapping(prefix = "products")
public interface ProductSettings {

    Export export();

    /** The NDJSON export. */
    interface Export {

        /** Products per database round trip: large enough to amortise it, small enough to bound memory. */
        @WithDefault("500")
        @Min(1)
        @Max(10_000)
        int chunkSize();
    }
}
