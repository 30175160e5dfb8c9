package dev.uniform.internal.problem;

import dev.uniform.internal.observability.RequestIds;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Problems for requests the router itself refuses, before any route handles them: Vert.x answers those with a plain
 * text body of its own. In practice that is a path whose percent-encoding is broken ({@code /products/%ZZ}), found
 * by the first route that matches paths, such as those that add the security headers.
 */
@Singleton
public class UnroutableRequests {

    private final RouteProblems problems;

    public UnroutableRequests(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.errorHandler(400, this::malformed);
    }

    /**
     * The problem for a request URI that cannot be parsed, whichever check finds it first: a route that matches paths
     * (the router's, then this handler) or {@code UnstorableParameters}.
     */
    public static Problem invalidUri() {
        return Problem.of(
                ProblemType.VALIDATION,
                "The request's URI is not valid: characters outside letters, digits and -._~!$&'()*+,;=:@/? must be"
                        + " percent-encoded, and each % must begin an encoded byte such as %20.",
                null);
    }

    private void malformed(RoutingContext request) {
        RequestIds.ensure(request);
        problems.send(request, invalidUri());
    }
}
