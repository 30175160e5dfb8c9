package dev.uniform.devauth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Signed bearer tokens that a service in dev mode or tests accepts: tests mint them per role, and {@link #main} prints
 * one for trying the API by hand. Each is for the service's audience ({@code aud}), its name unless
 * {@code mp.jwt.verify.audiences} says otherwise. Production verifies tokens of a real issuer and refuses this one.
 */
public final class DevTokens {

    /** The issuer of development tokens; a uniform service refuses to start in production when it trusts it. */
    public static final String ISSUER = "urn:uniform:dev-tokens";

    /** Long enough for an afternoon of trying the API by hand. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    private static final String DEFAULT_SUBJECT = "developer";

    private DevTokens() {}

    /**
     * A token for the given caller holding the given roles, valid for {@link #DEFAULT_LIFETIME}.
     *
     * @param subject the caller's name, as {@code sub} and {@code upn}: the principal's name in the service
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks; empty for a caller without roles
     * @return the JWT, signed with this user's development key ({@link DevKeys}), for {@code Authorization: Bearer}
     */
    public static String issue(String subject, Set<String> roles) {
        return issue(subject, roles, DEFAULT_LIFETIME);
    }

    /**
     * A token for the given caller holding the given roles; a negative lifetime gives one that expired already.
     *
     * @param subject the caller's name, as {@code sub} and {@code upn}: the principal's name in the service
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks; empty for a caller without roles
     * @param lifetime how long from now the token is valid, to the second
     * @return the JWT, signed with this user's development key ({@link DevKeys}), for {@code Authorization: Bearer}
     */
    public static String issue(String subject, Set<String> roles, Duration lifetime) {
        long now = System.currentTimeMillis() / 1000;
        return sign(
                new Claims(ISSUER, ServiceAudience.current(), subject, roles),
                DevKeys.ofThisUser().privateKey(),
                Math.min(now, now + lifetime.toSeconds()) - 1,
                now + lifetime.toSeconds());
    }

    /**
     * A token for another service than this one, for tests that a service refuses tokens not meant for it.
     *
     * @param audience the {@code aud} claim, the name of the service the token is for
     * @param subject the caller's name, as {@code sub} and {@code upn}: the principal's name in the service
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks; empty for a caller without roles
     * @return the JWT, signed with this user's development key ({@link DevKeys}), valid for {@link #DEFAULT_LIFETIME}
     */
    public static String forAudience(String audience, String subject, Set<String> roles) {
        long now = System.currentTimeMillis() / 1000;
        return sign(
                new Claims(ISSUER, Optional.of(audience), subject, roles),
                DevKeys.ofThisUser().privateKey(),
                now - 1,
                now + DEFAULT_LIFETIME.toSeconds());
    }

    /**
     * A token issued at the given moment, for tests of the checks a service makes of {@code iat}: a token from a
     * clock that runs ahead, say.
     *
     * @param subject the caller's name, as {@code sub} and {@code upn}: the principal's name in the service
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks; empty for a caller without roles
     * @param issuedAt the {@code iat} claim, to the second; in the future for a clock that runs ahead
     * @param lifetime from {@code issuedAt} to the expiry ({@code exp})
     * @return the JWT, signed with this user's development key ({@link DevKeys}), for {@code Authorization: Bearer}
     */
    public static String issuedAt(String subject, Set<String> roles, Instant issuedAt, Duration lifetime) {
        return sign(
                new Claims(ISSUER, ServiceAudience.current(), subject, roles),
                DevKeys.ofThisUser().privateKey(),
                issuedAt.getEpochSecond(),
                issuedAt.plus(lifetime).getEpochSecond());
    }

    /**
     * Who a token of this module is from, for whom and for which caller.
     *
     * @param issuer the {@code iss} claim
     * @param audience the {@code aud} claim; none for a service that checks no audience
     * @param subject {@code sub} and {@code upn}
     * @param roles the {@code groups} claim
     */
    record Claims(String issuer, Optional<String> audience, String subject, Set<String> roles) {}

    /** Signs the claims every token of this module carries, {@code iat} and {@code exp} in epoch seconds. */
    static String sign(Claims claims, PrivateKey key, long issuedAt, long expiresAt) {
        JwtClaimsBuilder builder = Jwt.issuer(claims.issuer())
                .subject(claims.subject())
                .upn(claims.subject())
                .groups(claims.roles())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        claims.audience().ifPresent(builder::audience);
        return builder.sign(key);
    }

    /**
     * Prints a token holding the roles given as arguments, for {@code Authorization: Bearer <token>}.
     *
     * @param roles one role per argument; the subject is {@code developer}, the lifetime {@link #DEFAULT_LIFETIME}
     */
    public static void main(String[] roles) {
        System.out.println(issue(DEFAULT_SUBJECT, new LinkedHashSet<>(Arrays.asList(roles))));
    }
}
