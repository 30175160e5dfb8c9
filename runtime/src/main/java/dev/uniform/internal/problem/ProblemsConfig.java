package dev.uniform.internal.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How problems are answered: {@code uniform.problems.*}. */
@ConfigMapping(prefix = "uniform.problems")
public interface ProblemsConfig {

    /** The longest Retry-After the kit sends, as its API documents say: a day; a longer setting is cut to it. */
    long MAX_RETRY_AFTER_SECONDS = 86_400;

    /**
     * How long a caller should wait before retrying a request answered 503 because the database could not serve it,
     * sent as Retry-After in whole seconds: long enough for a restarting database or a drained pool to recover.
     */
    @WithDefault("PT5S")
    Duration retryAfter();
}
