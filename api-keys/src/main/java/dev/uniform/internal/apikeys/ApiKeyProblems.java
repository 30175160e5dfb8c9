package dev.uniform.internal.apikeys;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The 401 of a service that takes keys, when a request carries no credential: it names both ways in. Runs before
 * uniform-runtime's mapper of the same failure (a lower priority number wins), which knows of bearer tokens only. A
 * refused key is explained by {@link ApiKeyRefusal}, through uniform-runtime's mapper.
 */
public class ApiKeyProblems {

    private static final int BEFORE_RUNTIME_MAPPERS = jakarta.ws.rs.Priorities.USER - 100;
    private static final String CHALLENGES = "Bearer, " + ApiKeyRefusal.CHALLENGE;

    @ServerExceptionMapper(priority = BEFORE_RUNTIME_MAPPERS)
    public Response mapUnauthenticated(UnauthorizedException failure, UriInfo uri) {
        return unauthenticated(
                "This operation needs a bearer token in the Authorization header or an API key in "
                        + ApiKeyMechanism.HEADER + ".",
                uri,
                CHALLENGES);
    }

    private static Response unauthenticated(String detail, UriInfo uri, String challenges) {
        Problem problem = Problem.of(
                ProblemType.UNAUTHENTICATED, detail, uri.getRequestUri().getRawPath());
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenges)
                .entity(problem)
                .build();
    }
}
