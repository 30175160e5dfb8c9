package dev.uniform.internal.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How problems are answered: {@code uniform.problems.*}. */
@ConfigMapping(prefix = "uniform.problems")
public interface ProblemsConfig {

    /**
     * How long a caller should wait before retrying a request answered 503 because the database could not serve it,
     * sent as Retry-After in whole seconds: long enough for a restarting database or a drained pool to recover.
     */
    @WithDefault("PT5S")
    Duration retryAfter();
}
