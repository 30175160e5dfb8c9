package dev.uniform.internal.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who holds a bearer token; loaded only where MicroProfile JWT is on the class path (see Caller). */
final class TokenHolders {

    private TokenHolders() {}

    /** The token's issuer and subject, or null when the identity does not come from a token with a subject. */
    static String holderOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getIssuer() + " " + token.getSubject();
        }
        return null;
    }
}
