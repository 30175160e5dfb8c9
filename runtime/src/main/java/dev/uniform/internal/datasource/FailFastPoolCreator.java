package dev.uniform.internal.datasource;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates the default reactive PostgreSQL pool as Quarkus configures it, with the waits of {@link DatasourceConfig}
 * bounded, each on its own and all of a request's together ({@link DeadlineBoundPool}): Quarkus has no property for the pool's connection timeout or the TCP connect timeout (quarkus#25138), and
 * this hook is the one it offers. A service that needs its own {@code PgPoolCreator} replaces this one and takes these
 * bounds with it. Quarkus then also skips a {@code quarkus.datasource.credentials-provider}: credentials come from
 * the datasource's configuration (environment variables, a mounted Secret).
 */
// Only where the default datasource is PostgreSQL: then its client and health are there too.
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
@Singleton
public class FailFastPoolCreator implements PgPoolCreator {

    static final String STATEMENT_TIMEOUT = "statement_timeout";

    private final DatasourceConfig config;

    public FailFastPoolCreator(DatasourceConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout(Math.toIntExact(config.connectionTimeout().toMillis()))
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        List<SqlConnectOptions> servers =
                input.pgConnectOptionsList().stream().map(this::bounded).toList();
        Pool built = PgBuilder.pool()
                .with(pool)
                .connectingTo(servers)
                .using(input.vertx())
                .build();
        return new DeadlineBoundPool((PgPool) built, input.vertx(), config);
    }

    private SqlConnectOptions bounded(PgConnectOptions server) {
        server.setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()));
        if (!server.getProperties().containsKey(STATEMENT_TIMEOUT)) {
            // A startup parameter: PostgreSQL applies it to every statement of the connection, in milliseconds.
            server.addProperty(
                    STATEMENT_TIMEOUT, String.valueOf(config.statementTimeout().toMillis()));
        }
        return server;
    }
}
