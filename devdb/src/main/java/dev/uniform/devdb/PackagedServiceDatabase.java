package dev.uniform.devdb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real PostgreSQL for {@code @QuarkusIntegrationTest}, which starts the packaged service in production mode, where
 * uniform-devdb is not on the class path. As in dev mode and tests: where a container runtime answers, Quarkus Dev
 * Services start the database and hand it to the service (in a container too), and this resource adds nothing; else it
 * starts the embedded server in the test's JVM and hands the service its datasource, as production's environment
 * would. Use it with {@code @WithTestResource(PackagedServiceDatabase.class)}.
 */
public final class PackagedServiceDatabase implements QuarkusTestResourceLifecycleManager {

    /**
     * Starts the embedded server unless this JVM runs one already or leaves the database to Dev Services.
     *
     * @return the datasource's URLs and user, which Quarkus passes to the packaged service as system properties; none
     *     when Dev Services provide the database
     */
    @Override
    public Map<String, String> start() {
        Config config = ConfigProvider.getConfig();
        String decision = DevDatabaseConfigSourceFactory.decision(
                name -> config.getOptionalValue(name, String.class).orElse(null));
        if (DevDatabaseConfigSourceFactory.leftToDevServices(decision)) {
            return Map.of();
        }
        int port = EmbeddedPostgresServer.port("a packaged service under test", EmbeddedPostgresServer.USER);
        String address = "localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE;
        return Map.of(
                EmbeddedDatasourceConfigSource.REACTIVE_URL, "postgresql://" + address,
                EmbeddedDatasourceConfigSource.JDBC_URL, "jdbc:postgresql://" + address,
                EmbeddedDatasourceConfigSource.USERNAME, EmbeddedPostgresServer.USER);
    }

    /** Leaves the server running: other test classes of this JVM use it, and it stops with the JVM. */
    @Override
    public void stop() {
        // The server belongs to the JVM (EmbeddedPostgresServer), not to one test class.
    }
}
