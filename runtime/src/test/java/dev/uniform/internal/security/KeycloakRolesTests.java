package dev.uniform.internal.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.problem.ProblemType;
import dev.uniform.testapp.GuardedResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Roles where Keycloak puts a realm's roles, {@code realm_access.roles}, read by one setting
 * ({@code SMALLRYE_JWT_PATH_GROUPS=realm_access/roles}) where a token has no {@code groups} claim.
 */
@QuarkusTest
@TestProfile(KeycloakRolesTests.RealmRoles.class)
class KeycloakRolesTests {

    /** The provider of IdentityProviderTests, with the roles read from realm_access.roles. */
    public static class RealmRoles implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smallrye.jwt.path.groups", "realm_access/roles");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HttpsIdentityProvider.class));
        }
    }

    @Test
    void shouldReadTheRolesOfTheRealm() {
        String realmRoles = HttpsIdentityProvider.token(keys(), HttpsIdentityProvider.FIRST_KID, claims -> {
            claims.remove("groups");
            claims.put("realm_access", Map.of("roles", List.of(GuardedResource.ROLE)));
        });

        IdentityProviderTests.assertAccepted(realmRoles);
    }

    /** smallrye-jwt reads the path only where a token has no groups claim: a provider that sends both is read as before. */
    @Test
    void shouldStillReadGroupsWhereATokenHasThem() {
        IdentityProviderTests.assertAccepted(
                HttpsIdentityProvider.token(keys(), HttpsIdentityProvider.FIRST_KID, claims -> {}));
    }

    @Test
    void shouldRefuseATokenWithTheRoleInNeither() {
        String elsewhere = HttpsIdentityProvider.token(keys(), HttpsIdentityProvider.FIRST_KID, claims -> {
            claims.remove("groups");
            claims.put("resource_access", Map.of("roles", List.of(GuardedResource.ROLE)));
        });

        given().auth()
                .oauth2(elsewhere)
                .post("/guarded")
                .then()
                .statusCode(403)
                .body("type", equalTo(ProblemType.FORBIDDEN.uri()));
    }

    /**
     * The provider's JWK set, as the service was told it. Read, not injected: every test class's injection points are
     * checked at every start, and other tests start the service without this provider.
     */
    private static String keys() {
        return ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class);
    }
}
