package dev.uniform.devauth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The audience ({@code aud}) of the service a development token is for: the first of {@code mp.jwt.verify.audiences},
 * which {@link DevIdentityConfigSourceFactory} sets to the service's name in dev mode and tests. Outside a running
 * service ({@code ./mvnw -q exec:java@dev-token}), read from its {@code application.properties}.
 */
final class ServiceAudience {

    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String APPLICATION_NAME = "quarkus.application.name";

    private ServiceAudience() {}

    /** The audience to put in a token; empty where the service checks none. */
    static Optional<String> current() {
        return ConfigProvider.getConfig()
                .getOptionalValue(AUDIENCES, String.class)
                .flatMap(ServiceAudience::first)
                .or(ServiceAudience::fromApplicationProperties);
    }

    /** {@code mp.jwt.verify.audiences} is a list: a token for any one of them is accepted. */
    static Optional<String> first(String audiences) {
        return Arrays.stream(audiences.split(","))
                .map(String::strip)
                .filter(audience -> !audience.isEmpty())
                .findFirst();
    }

    private static Optional<String> fromApplicationProperties() {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty(AUDIENCES))
                    .flatMap(ServiceAudience::first)
                    .or(() -> Optional.ofNullable(properties.getProperty(APPLICATION_NAME))
                            .flatMap(ServiceAudience::first));
        } catch (IOException e) {
            throw new UncheckedIOException("uniform devauth cannot read application.properties", e);
        }
    }
}
