package dev.uniform.internal.defaults;

import static dev.uniform.internal.defaults.ExtensionDefaultsConfigSourceFactory.DATASOURCE_HEALTH;
import static dev.uniform.internal.defaults.ExtensionDefaultsConfigSourceFactory.MICROMETER;
import static dev.uniform.internal.defaults.ExtensionDefaultsConfigSourceFactory.REACTIVE_PG_CLIENT;
import static dev.uniform.internal.defaults.ExtensionDefaultsConfigSourceFactory.UNMATCHED_4XX_AS_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each default applies with its extension, only with it, and gives way to the service's own setting. */
class ExtensionDefaultsConfigSourceFactoryTests {

    @Test
    void shouldTurnQuarkusDatasourceCheckOffWithTheReactiveClient() {
        SmallRyeConfig config = configWith(Set.of(REACTIVE_PG_CLIENT));

        assertThat(flag(config, DATASOURCE_HEALTH)).contains(false);
        assertThat(flag(config, UNMATCHED_4XX_AS_UNKNOWN)).isEmpty();
    }

    @Test
    void shouldCountUnmatchedRefusalsAsUnknownWithMicrometer() {
        SmallRyeConfig config = configWith(Set.of(MICROMETER));

        assertThat(flag(config, UNMATCHED_4XX_AS_UNKNOWN)).contains(true);
        assertThat(flag(config, DATASOURCE_HEALTH)).isEmpty();
    }

    @Test
    void shouldSayNothingWithoutTheExtensions() {
        SmallRyeConfig config = configWith(Set.of());

        assertThat(flag(config, DATASOURCE_HEALTH)).isEmpty();
        assertThat(flag(config, UNMATCHED_4XX_AS_UNKNOWN)).isEmpty();
    }

    /** This library is built with the reactive client; the class name must be one that exists. */
    @Test
    void shouldFindTheReactiveClientOnThisClassPath() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new ExtensionDefaultsConfigSourceFactory())
                .build();

        assertThat(flag(config, DATASOURCE_HEALTH)).contains(false);
    }

    @Test
    void shouldGiveWayToTheServiceOwnSetting() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new ExtensionDefaultsConfigSourceFactory(className -> true))
                .withSources(
                        new PropertiesConfigSource(Map.of(DATASOURCE_HEALTH, "true"), "application.properties", 250))
                .build();

        assertThat(flag(config, DATASOURCE_HEALTH)).contains(true);
    }

    private static SmallRyeConfig configWith(Set<String> presentClasses) {
        return new SmallRyeConfigBuilder()
                .withSources(new ExtensionDefaultsConfigSourceFactory(presentClasses::contains))
                .build();
    }

    private static Optional<Boolean> flag(SmallRyeConfig config, String property) {
        return config.getOptionalValue(property, Boolean.class);
    }
}
