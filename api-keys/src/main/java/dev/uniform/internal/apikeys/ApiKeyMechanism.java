package dev.uniform.internal.apikeys;

import dev.uniform.apikeys.ApiKeyCredentials;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an API key from {@code X-API-Key}. A request without one is left to the other mechanisms (bearer tokens); a
 * request with one is decided by the key alone, before any token it also carries.
 */
@Singleton
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    static final String HEADER = ApiKeyCredentials.HEADER;
    static final String SCHEME = "ApiKey";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String presented = context.request().getHeader(HEADER);
        if (presented == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return identities.authenticate(new ApiKeyCredential(presented));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME + " header=\"" + HEADER + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyCredential.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }

    /** Before bearer tokens (priority 1000), so that a request carrying a key is decided by it. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }
}
