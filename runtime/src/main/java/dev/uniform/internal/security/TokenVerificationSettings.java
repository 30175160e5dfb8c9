package dev.uniform.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a service verifies bearer tokens, as MicroProfile JWT configures it, and what is wrong with it for production.
 *
 * @param issuer {@code mp.jwt.verify.issuer}: tokens of any other issuer are refused
 * @param audiences {@code mp.jwt.verify.audiences}: tokens for none of these ({@code aud}) are refused
 * @param publicKey {@code mp.jwt.verify.publickey}: the key as PEM or JWK text
 * @param publicKeyLocation {@code mp.jwt.verify.publickey.location} or {@code smallrye.jwt.verify.key.location}: a PEM
 *     file, or the JWKS URL of the identity provider
 * @param plainHttpKeysAllowed {@code uniform.security.allow-plain-http-keys}: the operator accepts a key location over
 *     plain HTTP, inside a cluster whose network they trust
 */
public record TokenVerificationSettings(
        Optional<String> issuer,
        Optional<String> audiences,
        Optional<String> publicKey,
        Optional<String> publicKeyLocation,
        boolean plainHttpKeysAllowed) {

    /** The issuer of uniform's development tokens (uniform-devauth), which no production service may trust. */
    public static final String DEV_ISSUER = "urn:uniform:dev-tokens";

    public TokenVerificationSettings {
        issuer = issuer.filter(value -> !value.isBlank());
        audiences = audiences.filter(value -> !value.isBlank());
        publicKey = publicKey.filter(value -> !value.isBlank());
        publicKeyLocation = publicKeyLocation.filter(value -> !value.isBlank());
    }

    private static boolean isPlainHttp(String location) {
        return location.strip().regionMatches(true, 0, "http://", 0, "http://".length());
    }

    /** Each reason these settings must not reach production, written for the operator who has to fix them. */
    public List<String> productionProblems() {
        List<String> problems = new ArrayList<>();
        if (issuer.isEmpty()) {
            problems.add("MP_JWT_VERIFY_ISSUER is not set: set it to the issuer (iss claim) of your identity"
                    + " provider, so that tokens of any other issuer are refused.");
        } else if (issuer.get().equals(DEV_ISSUER)) {
            problems.add("MP_JWT_VERIFY_ISSUER is " + DEV_ISSUER + ", the issuer of development tokens that anyone can"
                    + " mint: set it to the issuer of your identity provider.");
        }
        if (audiences.isEmpty()) {
            problems.add("MP_JWT_VERIFY_AUDIENCES is not set: set it to the audience (aud claim) your identity provider"
                    + " puts in tokens meant for this service, such as its name, so that tokens it issued for other"
                    + " services are refused.");
        }
        if (publicKey.isEmpty() && publicKeyLocation.isEmpty()) {
            problems.add("No key verifies tokens: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the JWKS URL of your"
                    + " identity provider or to a PEM file, or MP_JWT_VERIFY_PUBLICKEY to the key itself.");
        }
        if (!plainHttpKeysAllowed
                && publicKeyLocation
                        .filter(TokenVerificationSettings::isPlainHttp)
                        .isPresent()) {
            problems.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION is " + publicKeyLocation.get() + ", over plain HTTP:"
                    + " whoever can change the keys on the way can sign tokens this service trusts. Use https://, or,"
                    + " where the identity provider is reached over a network you trust (inside the cluster), set"
                    + " UNIFORM_SECURITY_ALLOW_PLAIN_HTTP_KEYS=true.");
        }
        return problems;
    }
}
