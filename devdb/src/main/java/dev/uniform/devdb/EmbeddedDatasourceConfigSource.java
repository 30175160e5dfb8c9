package dev.uniform.devdb;

import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the default datasource's URLs and user for the embedded server. The server starts on the first read of a
 * URL, which Quarkus does while deciding about Dev Services: a configured URL keeps them off. A user configured
 * elsewhere (for example {@code QUARKUS_DATASOURCE_USERNAME} left in a shell) is created on the server, so it works.
 */
final class EmbeddedDatasourceConfigSource implements ConfigSource {

    /** Below application.properties (250) and library defaults (100): anything configured explicitly wins. */
    static final int ORDINAL = 50;

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";

    private final Map<String, IntFunction<String>> valuesByPort;
    private final String reason;
    private final String user;

    /**
     * @param reason why the embedded server was chosen, for its log line
     * @param user the user the application connects as; created on the server if it is not the default
     */
    EmbeddedDatasourceConfigSource(String reason, String user) {
        this.reason = reason;
        this.user = user;
        this.valuesByPort = Map.of(
                REACTIVE_URL, port -> "postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE,
                JDBC_URL, port -> "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE,
                USERNAME, port -> user);
    }

    @Override
    public Set<String> getPropertyNames() {
        return valuesByPort.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        IntFunction<String> value = valuesByPort.get(propertyName);
        return value == null ? null : value.apply(EmbeddedPostgresServer.port(reason, user));
    }

    @Override
    public String getName() {
        return "uniform embedded PostgreSQL";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
