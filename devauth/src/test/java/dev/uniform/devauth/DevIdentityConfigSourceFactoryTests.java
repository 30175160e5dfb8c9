package dev.uniform.devauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The factory trusts dev tokens in dev and tests only, and never over explicit verification settings. */
class DevIdentityConfigSourceFactoryTests {

    private final DevIdentityConfigSourceFactory factory = new DevIdentityConfigSourceFactory();

    @RegisterExtension
    static final TemporaryDevKeys KEYS = new TemporaryDevKeys();

    @Test
    void shouldTrustDevTokensInTests() {
        Iterable<ConfigSource> sources = factory.getConfigSources(context(List.of("test"), Map.of()));

        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.getValue(DevIdentityConfigSourceFactory.ISSUER)).isEqualTo(DevTokens.ISSUER);
            assertThat(source.getValue(DevIdentityConfigSourceFactory.PUBLIC_KEY))
                    .isEqualTo(DevKeys.ofThisUser().publicKeyPem());
            assertThat(source.getOrdinal()).isLessThan(100);
        });
    }

    @Test
    void shouldMakeTheServicesNameItsAudience() {
        Iterable<ConfigSource> sources =
                factory.getConfigSources(context(List.of("dev"), Map.of("quarkus.application.name", "orders")));

        assertThat(sources)
                .singleElement()
                .satisfies(source ->
                        assertThat(source.getValue("mp.jwt.verify.audiences")).isEqualTo("orders"));
    }

    @Test
    void shouldContributeNothingInProduction() {
        assertThat(factory.getConfigSources(context(List.of("prod"), Map.of()))).isEmpty();
    }

    @Test
    void shouldContributeNothingWhenAKeyIsConfigured() {
        Map<String, String> jwks =
                Map.of(DevIdentityConfigSourceFactory.PUBLIC_KEY_LOCATION, "https://idp.example.com/jwks");

        assertThat(factory.getConfigSources(context(List.of("dev"), jwks))).isEmpty();
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
            public List<ConfigSource> getConfigSources() {
                return Collections.emptyList();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }
        };
    }
}
