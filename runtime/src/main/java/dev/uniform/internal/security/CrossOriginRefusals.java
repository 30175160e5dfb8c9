package dev.uniform.internal.security;

import dev.uniform.internal.observability.RequestIds;
import dev.uniform.internal.problem.RouteProblems;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a cross-origin request from an origin the service does not list with a 403 problem, where Quarkus's CORS
 * filter would end it with an empty 403 that nothing can add a body to. Runs just before that filter, and refuses
 * only what it would refuse for certain: an Origin that is neither the service's own host nor one of
 * {@code quarkus.http.cors.origins} (exact, {@code *}, or a /regular expression/). Anything else goes on to Quarkus's
 * filter, which stays the judge of what it allows.
 */
@Singleton
public class CrossOriginRefusals {

    /** Quarkus's CORS filter has priority 300; a higher priority runs first. */
    static final int BEFORE_CORS = 301;

    private final boolean enabled;
    private final List<String> origins;
    private final RouteProblems problems;

    public CrossOriginRefusals(
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            RouteProblems problems) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.problems = problems;
    }

    void install(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::refuseUnlistedOrigin, BEFORE_CORS);
        }
    }

    private void refuseUnlistedOrigin(RoutingContext request) {
        String origin = request.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null
                || isListed(origin)
                || isSameHost(origin, request.request().authority())) {
            request.next();
            return;
        }
        RequestIds.ensure(request);
        problems.send(
                request,
                Problem.of(
                        ProblemType.FORBIDDEN,
                        "Browsers on this origin may not call this service. Its operator lists the origins it serves in"
                                + " QUARKUS_HTTP_CORS_ORIGINS.",
                        request.request().path()));
    }

    boolean isListed(String origin) {
        for (String listed : origins) {
            boolean regex = listed.length() > 1 && listed.startsWith("/") && listed.endsWith("/");
            if (listed.equals("*")
                    || listed.equalsIgnoreCase(origin)
                    || regex && origin.matches(listed.substring(1, listed.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The service's own host, by any scheme: never refused here, whatever Quarkus then decides. */
    static boolean isSameHost(String origin, HostAndPort authority) {
        if (authority == null) {
            return false;
        }
        try {
            URI parsed = URI.create(origin);
            return parsed.getHost() != null
                    && parsed.getHost().equalsIgnoreCase(authority.host())
                    && (parsed.getPort() == -1 || authority.port() == -1 || parsed.getPort() == authority.port());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
