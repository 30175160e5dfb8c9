package dev.uniform.devauth;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * In dev mode, logs a development token holding every role the service's operations check, so that a developer can
 * write through Swagger UI or curl at once, without a second command. Nothing in tests, and never in a package: this
 * library is not packaged, and the service refuses development tokens in production.
 */
@Singleton
public class DevTokenAtStart {

    private static final Logger LOG = Logger.getLogger(DevTokenAtStart.class);

    /** {@code @RolesAllowed("**")}: any authenticated caller, not a role a token must hold. */
    private static final String ANY_ROLE = "**";

    void onStart(@Observes StartupEvent event, BeanManager beans, Config config) {
        Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT || !issuer.equals(Optional.of(DevTokens.ISSUER))) {
            return;
        }
        int port = config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        Set<String> roles = rolesChecked(beanClasses(beans));
        LOG.info(announcement(DevTokens.issue("developer", roles), roles, port));
    }

    /** Every role a {@code @RolesAllowed} of these classes or their methods names, sorted. */
    static SortedSet<String> rolesChecked(Collection<Class<?>> classes) {
        SortedSet<String> roles = new TreeSet<>();
        for (Class<?> type : classes) {
            Stream.concat(
                            Stream.of(type.getAnnotation(RolesAllowed.class)),
                            declaredMethods(type).map(method -> method.getAnnotation(RolesAllowed.class)))
                    .filter(annotation -> annotation != null)
                    .flatMap(annotation -> Arrays.stream(annotation.value()))
                    .filter(role -> !role.equals(ANY_ROLE))
                    .forEach(roles::add);
        }
        return roles;
    }

    static String announcement(String token, Set<String> roles, int port) {
        return "uniform-devauth, dev mode: a token for writes, holding every role this service checks ("
                + (roles.isEmpty() ? "none" : String.join(", ", roles)) + "), valid for "
                + DevTokens.DEFAULT_LIFETIME.toHours() + " hours:\n\n" + token + "\n\nSwagger UI: http://localhost:"
                + port + "/q/swagger-ui, Authorize, paste it. curl: -H 'Authorization: Bearer <the token>'."
                + " `./mvnw -q exec:java@dev-token` prints another.";
    }

    private static Collection<Class<?>> beanClasses(BeanManager beans) {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(Bean::getBeanClass)
                .distinct()
                .toList();
    }

    /** A class's methods, or none where one of their types cannot be loaded (a bean of an optional library). */
    private static Stream<Method> declaredMethods(Class<?> type) {
        try {
            return Arrays.stream(type.getDeclaredMethods());
        } catch (LinkageError absent) {
            return Stream.empty();
        }
    }
}
