package dev.uniform.internal.apikeys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service checks API keys: {@code uniform.api-keys.*}. */
@ConfigMapping(prefix = "uniform.api-keys")
public interface ApiKeysConfig {

    /**
     * How long a replica trusts what it last read of a key before it reads again: the longest a revoked key still works
     * there. Under a second, so that a revocation holds on every replica within one.
     */
    @WithDefault("PT0.5S")
    Duration recheckAfter();

    /** How often a key's last use is written, at most: every request would make each read a write. */
    @WithDefault("PT1M")
    Duration lastUseResolution();
}
