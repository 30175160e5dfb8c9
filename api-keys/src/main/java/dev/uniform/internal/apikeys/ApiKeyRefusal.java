package dev.uniform.internal.apikeys;

import dev.uniform.problem.CredentialRefusedException;
import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a key is refused, as far as its caller may learn it: a key of unknown id and a known id with another secret are
 * told apart by nothing, so that ids cannot be probed; a revoked or expired key is named as such to whoever holds it.
 */
enum ApiKeyRefusal {
    MALFORMED("is not an API key of this service: it lacks the uniform_ prefix, is cut short, or has a typo"),
    UNKNOWN("is not known to this service"),
    REVOKED("was revoked"),
    EXPIRED("has expired");

    static final String CHALLENGE = ApiKeyMechanism.SCHEME + " header=\"" + ApiKeyMechanism.HEADER + "\"";

    private final String phrase;

    ApiKeyRefusal(String phrase) {
        this.phrase = phrase;
    }

    /** The failure the security layer expects, carrying the problem that the 401 response shows. */
    AuthenticationFailedException failure() {
        return new AuthenticationFailedException(
                "API key refused: " + name().toLowerCase(java.util.Locale.ROOT),
                new CredentialRefusedException(
                        "The API key in " + ApiKeyMechanism.HEADER + " " + phrase + ". Ask the service's operator for"
                                + " a key, and send it as it was issued.",
                        CHALLENGE + ", error=\"invalid_key\""));
    }
}
