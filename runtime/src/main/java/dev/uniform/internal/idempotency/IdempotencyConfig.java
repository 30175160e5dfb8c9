package dev.uniform.internal.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotent creates: {@code uniform.idempotency.*}. */
@ConfigMapping(prefix = "uniform.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered after its first use: retries within this time get the first response, and the key
     * may be used for a new request after it. A day covers the retry policies of common clients and queues.
     */
    @WithDefault("PT24H")
    Duration retention();
}
