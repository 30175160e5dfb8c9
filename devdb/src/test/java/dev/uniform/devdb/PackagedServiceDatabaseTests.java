package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a packaged service under test is handed: the embedded server, reachable with exactly those values. */
class PackagedServiceDatabaseTests {

    @BeforeAll
    static void forceTheEmbeddedServer() {
        System.setProperty(DatabaseMode.PROPERTY, "embedded");
    }

    @AfterAll
    static void forgetTheMode() {
        System.clearProperty(DatabaseMode.PROPERTY);
    }

    @Test
    void shouldHandTheServiceAServerItCanReach() throws Exception {
        PackagedServiceDatabase database = new PackagedServiceDatabase();

        Map<String, String> settings = database.start();
        database.stop();

        String port = System.getProperty(EmbeddedPostgresServer.PORT_PROPERTY);
        assertThat(settings)
                .containsOnly(
                        Map.entry("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres"),
                        Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres"),
                        Map.entry("quarkus.datasource.username", "postgres"));
        try (Connection connection = DriverManager.getConnection(
                        settings.get("quarkus.datasource.jdbc.url"), settings.get("quarkus.datasource.username"), "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("postgres");
        }
        assertThat(new PackagedServiceDatabase().start())
                .as("every test class of the JVM gets the same server")
                .isEqualTo(settings);
    }
}
