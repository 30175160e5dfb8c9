package dev.uniform.internal.problem;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with a 413 problem instead of the empty response
 * Quarkus sends. A body of declared length is judged by its Content-Length, before any byte is read; a chunked body,
 * whose length nobody knows before it ends, is read up to the limit and refused as soon as it passes it.
 */
@Singleton
public class OversizedBodies {

    private static final String CHUNKED = "chunked";

    private static final int PAYLOAD_TOO_LARGE = 413;

    private final RouteProblems problems;
    private final long limit;
    private final BodyHandler chunkedBodies;

    public OversizedBodies(
            RouteProblems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        this.problems = problems;
        this.limit = limit.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::refuseIfTooLarge)
                .handler(this::readChunkedUpToTheLimit)
                .failureHandler(this::refuseChunkedOverTheLimit);
    }

    /** Quarkus REST reads the body the handler buffered, up to the limit, which the JSON of a request stays under. */
    private void readChunkedUpToTheLimit(RoutingContext request) {
        String encoding = request.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains(CHUNKED)) {
            chunkedBodies.handle(request);
        } else {
            request.next();
        }
    }

    private void refuseChunkedOverTheLimit(RoutingContext request) {
        if (request.statusCode() != PAYLOAD_TOO_LARGE) {
            request.next();
            return;
        }
        Problem problem = Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has more than %d bytes, which this service accepts at most.".formatted(limit),
                request.request().path());
        problems.sendAndClose(request, problem);
    }

    private void refuseIfTooLarge(RoutingContext request) {
        OptionalLong length = declaredLength(request);
        if (length.isEmpty() || length.getAsLong() <= limit) {
            request.next();
            return;
        }
        Problem problem = Problem.of(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body has %d bytes; this service accepts at most %d.".formatted(length.getAsLong(), limit),
                request.request().path());
        // The unread body would otherwise be taken for the next request on this connection.
        problems.sendAndClose(request, problem);
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
}
