package dev.uniform.internal.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a bearer token issued in the future ({@code iat} later than now, beyond the allowed clock skew), as RFC 7519
 * advises: smallrye-jwt bounds {@code exp} and {@code nbf} by the skew but never looks at {@code iat}, so a token made
 * with a clock an hour ahead would be accepted, and would outlive its intended lifetime. The skew is MicroProfile
 * JWT's own {@code mp.jwt.verify.clock.skew} (60 s by default).
 */
@Singleton
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private static final boolean BEARER_TOKENS_PRESENT = isPresent("org.eclipse.microprofile.jwt.JsonWebToken");

    private final Duration allowedSkew;

    public IssuedAtCheck(
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long allowedSkewSeconds) {
        this.allowedSkew = Duration.ofSeconds(allowedSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (BEARER_TOKENS_PRESENT && !identity.isAnonymous() && BearerTokens.issuedAfter(identity, latestIssue())) {
            return Uni.createFrom()
                    .failure(
                            new AuthenticationFailedException("The token's iat is later than now plus the clock skew"));
        }
        return Uni.createFrom().item(identity);
    }

    private long latestIssue() {
        return Instant.now().plus(allowedSkew).getEpochSecond();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, IssuedAtCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
