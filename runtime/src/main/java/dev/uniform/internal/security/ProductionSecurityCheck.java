package dev.uniform.internal.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a production service whose token verification is missing, trusts development tokens, accepts tokens
 * meant for any service, or fetches its keys over plain HTTP: a service that quietly accepted anyone's token would be
 * worse than one that does not start. Dev mode and tests are left to uniform-devauth; services without bearer tokens
 * (no quarkus-smallrye-jwt) are not checked.
 */
@Singleton
public class ProductionSecurityCheck {

    private static final String JWT_MECHANISM = "io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism";

    void onStart(@Observes StartupEvent event, Config config, SecurityConfig security) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !verifiesBearerTokens(config)) {
            return;
        }
        List<String> problems = settingsOf(config, security).productionProblems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("uniform: refusing to start with these token verification settings:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    static TokenVerificationSettings settingsOf(Config config, SecurityConfig security) {
        return new TokenVerificationSettings(
                config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.audiences", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                        .or(() -> config.getOptionalValue("smallrye.jwt.verify.key.location", String.class)),
                security.allowPlainHttpKeys());
    }

    private static boolean verifiesBearerTokens(Config config) {
        boolean enabled = config.getOptionalValue("quarkus.smallrye-jwt.enabled", Boolean.class)
                .orElse(true);
        return enabled && isPresent(JWT_MECHANISM);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
