package dev.uniform.internal.ratelimit;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every request to an operation of the service against its caller, answers one beyond the allowance with a 429
 * problem and Retry-After, and tells every caller where it stands in the {@code RateLimit-Policy} and {@code RateLimit}
 * headers of the IETF draft (draft-ietf-httpapi-ratelimit-headers). Every request to the REST layer counts, whatever it
 * is answered; health, metrics and the API document are not operations of the service, and are not counted.
 */
public class RateLimits {

    /** The headers of draft-ietf-httpapi-ratelimit-headers. */
    public static final String POLICY_HEADER = "RateLimit-Policy";

    public static final String HEADER = "RateLimit";

    private static final String DECISION = RateLimits.class.getName() + ".decision";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    /** Null in a service without Quarkus Security: every caller is then its address. */
    private final CurrentIdentityAssociation identities;

    public RateLimits(RateLimitConfig config, RateLimiter limiter, Instance<CurrentIdentityAssociation> identities) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities.isResolvable() ? identities.get() : null;
    }

    // Before the operation is matched and its roles checked: requests refused for their credentials (401, 403) or their
    // path (404) count too, so that a flood of them is limited like any other. On the event loop.
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return callerOf(http).chain(limiter::admit).map(decision -> {
            request.setProperty(DECISION, decision);
            return decision.allowed() ? null : tooManyRequests(decision, http.path());
        });
    }

    @ServerResponseFilter
    public void tellWhereTheCallerStands(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(POLICY_HEADER, decision.policy().header());
            headers.putSingle(HEADER, decision.header());
        }
    }

    /**
     * Authenticates the request as the operation would, once (the identity is kept for it). Credentials that do not
     * verify count against the address, never against the caller they name; the operation then refuses them as usual.
     */
    private Uni<Caller> callerOf(HttpServerRequest http) {
        if (identities == null) {
            return Uni.createFrom().item(Caller.fromAddress(http.remoteAddress()));
        }
        return identities
                .getDeferredIdentity()
                .map((SecurityIdentity identity) -> Caller.of(identity, http.remoteAddress()))
                .onFailure()
                .recoverWithItem(() -> Caller.fromAddress(http.remoteAddress()));
    }

    private static Response tooManyRequests(Decision decision, String path) {
        String whose = decision.policy().name().equals("address")
                ? "Requests without credentials from this address"
                : "This caller's requests";
        Problem problem = Problem.of(
                ProblemType.RATE_LIMITED,
                whose + " have reached the limit of " + decision.policy().quota() + " in "
                        + decision.policy().windowSeconds() + " s. Retry in " + decision.resetSeconds()
                        + " seconds, when the next window begins.",
                path);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, decision.resetSeconds())
                .entity(problem)
                .build();
    }
}
