package dev.uniform.devauth;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode and tests, makes the service trust tokens from {@link DevTokens} unless verification is configured
 * explicitly, for the service's own audience: its name, which dev tokens carry. In production this factory contributes
 * nothing, and the library is not even packaged.
 */
public final class DevIdentityConfigSourceFactory implements ConfigSourceFactory {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

    /** Below application.properties (250) and library defaults (100): anything configured explicitly wins. */
    static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isDevOrTest(context) || isConfigured(context, PUBLIC_KEY) || isConfigured(context, PUBLIC_KEY_LOCATION)) {
            return List.of();
        }
        Map<String, String> trustDevTokens = new HashMap<>();
        trustDevTokens.put(PUBLIC_KEY, DevKeys.ofThisUser().publicKeyPem());
        trustDevTokens.put(ISSUER, DevTokens.ISSUER);
        valueOf(context, ServiceAudience.APPLICATION_NAME)
                .ifPresent(name -> trustDevTokens.put(ServiceAudience.AUDIENCES, name));
        return List.of(new PropertiesConfigSource(trustDevTokens, "uniform development tokens", ORDINAL));
    }

    private static boolean isDevOrTest(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        return LaunchMode.current().isDevOrTest()
                || profiles.contains(LaunchMode.DEV_PROFILE)
                || profiles.contains(LaunchMode.TEST_PROFILE);
    }

    private static boolean isConfigured(ConfigSourceContext context, String name) {
        return valueOf(context, name).isPresent();
    }

    private static Optional<String> valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(value.getValue());
    }
}
