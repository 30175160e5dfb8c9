package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Starts the real embedded server: one per JVM, reachable with exactly the values the source supplies. */
class EmbeddedDatasourceConfigSourceTests {

    @Test
    void shouldSupplyUrlsOfOneRunningServerToEverySource() throws Exception {
        EmbeddedDatasourceConfigSource first = new EmbeddedDatasourceConfigSource("test", "postgres");
        EmbeddedDatasourceConfigSource second = new EmbeddedDatasourceConfigSource("test", "postgres");

        String jdbcUrl = first.getValue(EmbeddedDatasourceConfigSource.JDBC_URL);
        String port = System.getProperty(EmbeddedPostgresServer.PORT_PROPERTY);

        assertThat(jdbcUrl).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
        assertThat(second.getValue(EmbeddedDatasourceConfigSource.REACTIVE_URL))
                .isEqualTo("postgresql://localhost:" + port + "/postgres");
        assertThat(second.getValue(EmbeddedDatasourceConfigSource.USERNAME)).isEqualTo("postgres");
        try (Connection connection = DriverManager.getConnection(
                        jdbcUrl, first.getValue(EmbeddedDatasourceConfigSource.USERNAME), "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_setting('fsync')")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("off");
        }
    }

    @Test
    void shouldCreateAUserConfiguredElsewhere() throws Exception {
        EmbeddedDatasourceConfigSource source = new EmbeddedDatasourceConfigSource("test", "catalogue_app");

        String jdbcUrl = source.getValue(EmbeddedDatasourceConfigSource.JDBC_URL);

        assertThat(source.getValue(EmbeddedDatasourceConfigSource.USERNAME)).isEqualTo("catalogue_app");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "catalogue_app", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select current_user")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("catalogue_app");
        }
    }

    @Test
    void shouldRankBelowApplicationProperties() {
        EmbeddedDatasourceConfigSource source = new EmbeddedDatasourceConfigSource("test", "postgres");

        assertThat(source.getOrdinal()).isLessThan(100);
        assertThat(source.getPropertyNames())
                .containsExactlyInAnyOrder(
                        EmbeddedDatasourceConfigSource.REACTIVE_URL,
                        EmbeddedDatasourceConfigSource.JDBC_URL,
                        EmbeddedDatasourceConfigSource.USERNAME);
        assertThat(source.getValue("quarkus.datasource.password")).isNull();
    }
}
