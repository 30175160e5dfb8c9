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
        EmbeddedDatasourceConfigSource first = new EmbeddedDatasourceConfigSource("test");
        EmbeddedDatasourceConfigSource second = new EmbeddedDatasourceConfigSource("test");

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
    void shouldRankBelowApplicationProperties() {
        EmbeddedDatasourceConfigSource source = new EmbeddedDatasourceConfigSource("test");

        assertThat(source.getOrdinal()).isLessThan(100);
        assertThat(source.getPropertyNames())
                .containsExactlyInAnyOrder(
                        EmbeddedDatasourceConfigSource.REACTIVE_URL,
                        EmbeddedDatasourceConfigSource.JDBC_URL,
                        EmbeddedDatasourceConfigSource.USERNAME);
        assertThat(source.getValue("quarkus.datasource.password")).isNull();
    }
}
