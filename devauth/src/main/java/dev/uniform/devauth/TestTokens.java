package dev.uniform.devauth;

import java.util.Set;

/**
 * Tokens for a service's tests, whichever way they run it: a dev token for a {@code @QuarkusTest}, a token of the
 * {@link PackagedServiceIssuer} for a {@code @QuarkusIntegrationTest} that runs the package in production mode, where
 * dev tokens are refused. Test fixtures that send requests as a caller use it, and serve both kinds of test.
 */
public final class TestTokens {

    private TestTokens() {}

    /**
     * A token the service under test trusts.
     *
     * @param subject the caller's name, as {@code sub} and {@code upn}
     * @param roles the {@code groups} claim, which {@code @RolesAllowed} checks
     * @return the JWT, for {@code Authorization: Bearer}, valid for {@link DevTokens#DEFAULT_LIFETIME}
     */
    public static String issue(String subject, Set<String> roles) {
        return PackagedServiceIssuer.started()
                ? PackagedServiceIssuer.token(subject, roles)
                : DevTokens.issue(subject, roles);
    }
}
