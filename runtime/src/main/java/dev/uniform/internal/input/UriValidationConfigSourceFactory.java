package dev.uniform.internal.input;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Lets requests whose URI {@code java.net.URI} cannot parse ({@code /products/%ZZ}, {@code ?q=a|b}) reach the routes,
 * where {@link UnstorableParameters} refuses them with a 400 problem. Quarkus's own check answers them with an empty
 * 400 before any route runs; its only switch is the system property {@value #QUARKUS_URI_VALIDATION}, read once when
 * the HTTP layer starts (VertxHttpRecorder's root handler). Configuration is read before that, which makes this the one
 * place a library can set it for every launch: {@code java -jar}, dev mode, tests, a container. A property given on the
 * command line wins.
 *
 * <p>Adds no configuration of its own.
 */
public final class UriValidationConfigSourceFactory implements ConfigSourceFactory {

    static final String QUARKUS_URI_VALIDATION = "vertx.disableURIValidation";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        System.getProperties().putIfAbsent(QUARKUS_URI_VALIDATION, "true");
        return List.of();
    }
}
