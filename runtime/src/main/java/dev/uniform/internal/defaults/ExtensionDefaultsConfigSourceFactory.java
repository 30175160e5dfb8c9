package dev.uniform.internal.defaults;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * uniform's defaults for Quarkus extensions that a service may or may not have. They cannot go into the library's
 * microprofile-config.properties with the others: where the extension is missing, Quarkus warns at every start of an
 * unknown property. So each applies only where its extension's classes are on the class path:
 *
 * <ul>
 *   <li>reactive PostgreSQL client: Quarkus's readiness check of the datasource is off, replaced by
 *       {@code DatabaseReadiness}; Quarkus's waits up to 20 s and puts the driver's message, with the database's host
 *       and port, in its body;
 *   <li>Micrometer: a request refused before it matched an endpoint (a 4xx on an unknown path, a malformed URI) is
 *       counted under {@code uri="UNKNOWN"}, not under its raw path, so that probes and scanners cannot create a
 *       metric series each until Micrometer's cap of 100 drops the real endpoints' series.
 * </ul>
 *
 * <p>Below every other source (ordinal 50): application.properties and the environment still win.
 */
public final class ExtensionDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final String NAME = "uniform extension defaults";
    static final int ORDINAL = 50;

    static final String REACTIVE_PG_CLIENT = "io.quarkus.reactive.pg.client.PgPoolCreator";
    static final String MICROMETER = "io.quarkus.micrometer.runtime.config.runtime.HttpServerConfig";

    static final String DATASOURCE_HEALTH = "quarkus.datasource.health.enabled";
    static final String UNMATCHED_4XX_AS_UNKNOWN = "quarkus.micrometer.binder.http-server.suppress4xx-errors";

    private final Predicate<String> present;

    public ExtensionDefaultsConfigSourceFactory() {
        this(ExtensionDefaultsConfigSourceFactory::isLoadable);
    }

    ExtensionDefaultsConfigSourceFactory(Predicate<String> present) {
        this.present = present;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> settings = new HashMap<>();
        if (present.test(REACTIVE_PG_CLIENT)) {
            settings.put(DATASOURCE_HEALTH, "false");
        }
        if (present.test(MICROMETER)) {
            settings.put(UNMATCHED_4XX_AS_UNKNOWN, "true");
        }
        return List.of(new PropertiesConfigSource(settings, NAME, ORDINAL));
    }

    private static boolean isLoadable(String className) {
        try {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            Class.forName(
                    className,
                    false,
                    context != null ? context : ExtensionDefaultsConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
