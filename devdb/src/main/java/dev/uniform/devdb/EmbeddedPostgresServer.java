package dev.uniform.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/** The one embedded PostgreSQL of this JVM: started on first use, stopped by its own shutdown hook. */
final class EmbeddedPostgresServer {

    /** Published so that every class loader of the JVM connects to the same server; readable as configuration. */
    static final String PORT_PROPERTY = "uniform.devdb.embedded.port";

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {}

    /** The port of the running server, starting it if this JVM has none yet. */
    static int port(String reason) {
        return Integer.parseInt(JvmWide.computeIfAbsent(PORT_PROPERTY, () -> String.valueOf(start(reason))));
    }

    private static int start(String reason) {
        long startedAt = System.nanoTime();
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    // A throw-away database for dev and tests: durability costs time and buys nothing here.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    // Room for the reactive pool, a JDBC pool and psql sessions at once.
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(true)
                    .start();
            long millis = (System.nanoTime() - startedAt) / 1_000_000;
            LOG.infof(
                    "uniform devdb: embedded PostgreSQL on localhost:%d (database %s, user %s), started in %d ms: %s."
                            + " Set %s=dev-services to use Quarkus Dev Services instead.",
                    server.getPort(), DATABASE, USER, millis, reason, DatabaseMode.PROPERTY);
            return server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("uniform devdb: the embedded PostgreSQL did not start", e);
        }
    }
}
