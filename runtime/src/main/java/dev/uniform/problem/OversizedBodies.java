package dev.uniform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.observability.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem instead of the empty response
 * Quarkus sends: the check runs just before Quarkus's own, on the declared Content-Length, before any byte is read.
 */
@Singleton
public class OversizedBodies {

    private final ObjectMapper json;
    private final long limit;

    public OversizedBodies(
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseIfTooLarge);
    }

    private void refuseIfTooLarge(RoutingContext request) {
        OptionalLong length = declaredLength(request);
        if (length.isEmpty() || length.getAsLong() <= limit) {
            request.next();
            return;
        }
        Problem problem = Problem.of(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body has %d bytes; this service accepts at most %d."
                                .formatted(length.getAsLong(), limit),
                        request.request().path())
                .withRequestId(request.request().getHeader(RequestIds.HEADER));
        request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                // The unread body would otherwise be taken for the next request on this connection.
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(serialized(problem));
    }

    private static OptionalLong declaredLength(RoutingContext request) {
        String header = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException malformed) {
            // Vert.x refuses a malformed Content-Length itself, with 400.
            return OptionalLong.empty();
        }
    }

    private String serialized(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written as JSON", e);
        }
    }
}
