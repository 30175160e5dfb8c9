package dev.uniform.internal.datasource;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready while the database answers a trivial query within {@code uniform.datasource.readiness-timeout}, so that an
 * orchestrator routes no traffic to a replica that cannot serve it. Replaces Quarkus's own check, which waits up to
 * 20 s and puts the driver's message, with the database's host and port, in the body; this one answers within the
 * bound and names nothing but the cause, while the log keeps the details.
 */
// Only where the default datasource is PostgreSQL: then its client and health are there too.
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "database";

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

    private final Pool pool;
    private final DatasourceConfig config;

    public DatabaseReadiness(Pool pool, DatasourceConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        // On a connection, not Pool.query: that path reports a spurious uncaught failure when the database is down
        // (vertx-sql-client#1706).
        return pool.withConnection(connection -> connection.query("select 1").execute())
                .map(rows -> HealthCheckResponse.up(NAME))
                .ifNoItem()
                .after(config.readinessTimeout())
                .recoverWithItem(() ->
                        down("no answer within " + config.readinessTimeout().toMillis() + " ms"))
                .onFailure()
                .recoverWithItem(DatabaseReadiness::unreachable);
    }

    private static HealthCheckResponse unreachable(Throwable failure) {
        LOG.warnf("Readiness: the database cannot be reached: %s", failure);
        return down("unreachable");
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
