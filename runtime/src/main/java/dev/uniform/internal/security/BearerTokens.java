package dev.uniform.internal.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What a verified bearer token says; loaded only where MicroProfile JWT is on the class path (see IssuedAtCheck). */
final class BearerTokens {

    private BearerTokens() {}

    /** Whether the identity comes from a token whose {@code iat} is later than {@code epochSecond}. */
    static boolean issuedAfter(SecurityIdentity identity, long epochSecond) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > epochSecond;
    }
}
