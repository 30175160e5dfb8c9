package dev.uniform.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** The factory stays out of production and out of the way of a configured datasource. */
class DevDatabaseConfigSourceFactoryTests {

    private final DevDatabaseConfigSourceFactory factory = new DevDatabaseConfigSourceFactory();

    @Test
    void shouldContributeNothingInProduction() {
        assertThat(factory.getConfigSources(context(List.of("prod"), Map.of()))).isEmpty();
    }

    @Test
    void shouldContributeNothingWhenAUrlIsConfigured() {
        Map<String, String> configured = Map.of("quarkus.datasource.reactive.url", "postgresql://db:5432/app");

        assertThat(factory.getConfigSources(context(List.of("test"), configured)))
                .isEmpty();
    }

    @Test
    void shouldContributeNothingForAnotherKindOfDatabase() {
        Map<String, String> mysql = Map.of("quarkus.datasource.db-kind", "mysql", DatabaseMode.PROPERTY, "embedded");

        assertThat(factory.getConfigSources(context(List.of("test"), mysql))).isEmpty();
    }

    @Test
    void shouldSupplyTheEmbeddedServerInTestsWhenForced() {
        Map<String, String> forced = Map.of(DatabaseMode.PROPERTY, "embedded");

        assertThat(factory.getConfigSources(context(List.of("test"), forced)))
                .singleElement()
                .satisfies(source ->
                        assertThat(source.getPropertyNames()).contains(EmbeddedDatasourceConfigSource.REACTIVE_URL));
    }

    private static ConfigSourceContext context(List<String> profiles, Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder()
                        .withName(name)
                        .withValue(values.get(name))
                        .build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }

            @Override
            public List<ConfigSource> getConfigSources() {
                return Collections.emptyList();
            }
        };
    }
}
