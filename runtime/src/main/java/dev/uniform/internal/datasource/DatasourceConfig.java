package dev.uniform.internal.datasource;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the reactive PostgreSQL datasource may keep a request waiting: {@code uniform.datasource.*}. Each bound
 * turns a database that is down, slow or exhausted into a quick 503 with Retry-After, where the client's defaults
 * would hold the request for 30 to 60 seconds.
 */
@ConfigMapping(prefix = "uniform.datasource")
public interface DatasourceConfig {

    /**
     * The longest a request waits for a pooled connection: when all are busy, or none can be opened because the
     * database is down. The Vert.x default is 30 s; a caller is better served by a 503 it can retry.
     */
    @WithDefault("PT2S")
    Duration connectionTimeout();

    /** The longest a new connection's TCP connect may take: a host that does not answer at all (60 s by default). */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /**
     * PostgreSQL's {@code statement_timeout} for the service's connections: a statement still running, or still
     * waiting for a lock, after this long is cancelled, and its request answered 503. Set by the service's own
     * {@code quarkus.datasource.reactive.additional-properties.statement_timeout}, that one wins.
     */
    @WithDefault("PT4S")
    Duration statementTimeout();

    /**
     * The longest a request may be busy with the database in all, counted from the end of its body: waiting for
     * connections (an API key's lookup, then its own), and running statements. At that moment its wait ends, or its
     * statement is cancelled, and it is answered 503 with Retry-After; where the separate bounds above would add up
     * to several seconds more. A connection taken with less than the statement timeout left gets the rest as its
     * statement timeout, unless it is less than half a second less, which costs no round trip. Once the response has begun (a stream), it no longer applies. As long as the statement
     * timeout by default, which then bounds the statements of work outside requests.
     */
    @WithDefault("PT4S")
    Duration requestBudget();

    /** The longest the readiness check waits for the database before it reports it down. */
    @WithDefault("PT0.5S")
    Duration readinessTimeout();
}
