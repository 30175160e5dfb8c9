package dev.uniform.devdb;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Decides, in dev mode and tests only, where the default datasource comes from: Quarkus Dev Services when a container
 * runtime answers, else an embedded PostgreSQL. A config source is the one hook that runs early enough: Dev Services
 * decide during augmentation, before any test resource starts. In production this factory contributes nothing.
 */
public final class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevDatabaseConfigSourceFactory.class);
    private static final String DECISION_PROPERTY = "uniform.devdb.decision";
    private static final Set<String> POSTGRESQL_KINDS = Set.of("postgresql", "pgsql", "pg", "postgres");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isDevOrTest(context) || datasourceConfigured(context) || !isPostgresql(context)) {
            return List.of();
        }
        String decision = decision(name -> valueOf(context, name));
        if (leftToDevServices(decision)) {
            return List.of();
        }
        String user = Optional.ofNullable(valueOf(context, EmbeddedDatasourceConfigSource.USERNAME))
                .orElse(EmbeddedPostgresServer.USER);
        return List.of(new EmbeddedDatasourceConfigSource(decision.substring(decision.indexOf(':') + 1), user));
    }

    /**
     * This JVM's decision, made on the first call from the settings that {@code setting} reads by name (null when
     * unset): {@code embedded:<reason>} or {@code dev-services:<reason>}.
     */
    static String decision(Function<String, String> setting) {
        DatabaseMode mode = DatabaseMode.parse(setting.apply(DatabaseMode.PROPERTY));
        boolean devServicesDisabled = "false".equalsIgnoreCase(setting.apply("quarkus.devservices.enabled"))
                || "false".equalsIgnoreCase(setting.apply("quarkus.datasource.devservices.enabled"));
        return JvmWide.computeIfAbsent(DECISION_PROPERTY, () -> decide(mode, devServicesDisabled));
    }

    static boolean leftToDevServices(String decision) {
        return decision.startsWith(DatabaseMode.DEV_SERVICES.configValue());
    }

    /**
     * Decides once per JVM and says so in one log line; the embedded server announces itself when it starts. A mode
     * changed during a dev-mode reload takes effect at the next start.
     */
    private static String decide(DatabaseMode mode, boolean devServicesDisabled) {
        return switch (mode) {
            case EMBEDDED -> embedded("forced by " + DatabaseMode.PROPERTY + "=embedded");
            case DEV_SERVICES -> devServices("forced by " + DatabaseMode.PROPERTY + "=dev-services");
            case AUTO -> devServicesDisabled ? embedded("Dev Services are disabled") : probeContainerRuntime();
        };
    }

    private static String probeContainerRuntime() {
        return ContainerRuntime.ofThisMachine()
                .findReachableEndpoint()
                .map(endpoint -> devServices("container runtime found at " + endpoint))
                .orElseGet(() -> embedded("no container runtime found"));
    }

    private static String embedded(String reason) {
        return DatabaseMode.EMBEDDED.configValue() + ":" + reason;
    }

    private static String devServices(String reason) {
        LOG.infof(
                "uniform devdb: leaving the database to Quarkus Dev Services (%s). Set %s=embedded to use an embedded"
                        + " PostgreSQL instead.",
                reason, DatabaseMode.PROPERTY);
        return DatabaseMode.DEV_SERVICES.configValue() + ":" + reason;
    }

    private static boolean isDevOrTest(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        return LaunchMode.current().isDevOrTest()
                || profiles.contains(LaunchMode.DEV_PROFILE)
                || profiles.contains(LaunchMode.TEST_PROFILE);
    }

    /** Only a PostgreSQL datasource gets a PostgreSQL server; an unset kind is left for Quarkus to infer. */
    private static boolean isPostgresql(ConfigSourceContext context) {
        String kind = valueOf(context, "quarkus.datasource.db-kind");
        return kind == null || POSTGRESQL_KINDS.contains(kind.toLowerCase(Locale.ROOT));
    }

    private static boolean datasourceConfigured(ConfigSourceContext context) {
        return valueOf(context, EmbeddedDatasourceConfigSource.REACTIVE_URL) != null
                || valueOf(context, EmbeddedDatasourceConfigSource.JDBC_URL) != null;
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
