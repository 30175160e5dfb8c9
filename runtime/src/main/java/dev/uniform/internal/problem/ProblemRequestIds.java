package dev.uniform.internal.problem;

import dev.uniform.internal.observability.RequestIds;
import dev.uniform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Writes the request id into every problem body on its way out, wherever the problem was made. */
public final class ProblemRequestIds {

    @ServerResponseFilter
    public void addRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getHeaderString(RequestIds.HEADER);
        if (id != null && response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(id));
        }
    }
}
