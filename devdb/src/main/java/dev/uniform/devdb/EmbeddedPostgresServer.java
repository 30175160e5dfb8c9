package dev.uniform.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.ds.PGSimpleDataSource;

/** The one embedded PostgreSQL of this JVM: started on first use, stopped by its own shutdown hook. */
final class EmbeddedPostgresServer {

    /** Published so that every class loader of the JVM connects to the same server; readable as configuration. */
    static final String PORT_PROPERTY = "uniform.devdb.embedded.port";

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private static final String ROLE_PROPERTY_PREFIX = "uniform.devdb.embedded.role.";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {}

    /** The port of the running server, starting it if this JVM has none yet, with {@code user} able to log in. */
    static int port(String reason, String user) {
        String port = JvmWide.computeIfAbsent(PORT_PROPERTY, () -> String.valueOf(start(reason)));
        if (!USER.equals(user)) {
            JvmWide.computeIfAbsent(ROLE_PROPERTY_PREFIX + user, () -> createRole(Integer.parseInt(port), user));
        }
        return Integer.parseInt(port);
    }

    /** The server trusts local connections, so a role needs no password; superuser, so the schema tools work. */
    private static String createRole(int port, String user) {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setUrl("jdbc:postgresql://localhost:" + port + "/" + DATABASE);
        server.setUser(USER);
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            String role = "\"" + user.replace("\"", "\"\"") + "\"";
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '"
                    + user.replace("'", "''") + "') then create role " + role + " login superuser; end if; end $$");
            LOG.infof("uniform devdb: created user %s on the embedded PostgreSQL", user);
            return "created";
        } catch (SQLException e) {
            throw new IllegalStateException("uniform devdb: could not create user " + user, e);
        }
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
