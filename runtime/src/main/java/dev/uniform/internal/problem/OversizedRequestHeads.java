package dev.uniform.internal.problem;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a request line or headers over {@link RequestHeadLimits} with a 414 or 431 problem, before anything reads
 * the request. Vert.x's HTTP codec refuses such requests with an empty response and then closes the connection
 * without saying so, which a client's next request on it meets as a reset; Quarkus creates the HTTP server without
 * {@code HttpServer.invalidRequestHandler}, Vert.x's hook for those answers, and exposes no way to set it
 * (quarkusio/quarkus#55082). So the codec's limits are raised to an outer bound and the service's own, lower, are
 * enforced here, where the answer is a problem like any other and the connection stays usable.
 */
@Singleton
public class OversizedRequestHeads {

    /** {@code ": "} between a header's name and its value, and the CRLF that ends its line, as the codec counts. */
    private static final int HEADER_LINE_OVERHEAD = 4;

    /** The spaces and {@code HTTP/1.1} around the URI in a request line. */
    private static final int REQUEST_LINE_OVERHEAD = " HTTP/1.1".length() + 1;

    private final RouteProblems problems;
    private final int maxRequestLineLength;
    private final long maxHeaderSize;

    public OversizedRequestHeads(RouteProblems problems, RequestHeadLimits limits) {
        this.problems = problems;
        this.maxRequestLineLength = limits.maxRequestLineLength();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
    }

    void install(@Observes Router router) {
        // First of uniform's checks, before the body limit (OversizedBodies): nothing else of the request is read yet.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::refuseIfTooLarge);
    }

    private void refuseIfTooLarge(RoutingContext request) {
        Optional<Problem> refusal = refusalOf(request.request());
        if (refusal.isPresent()) {
            problems.send(request, refusal.get());
        } else {
            request.next();
        }
    }

    private Optional<Problem> refusalOf(HttpServerRequest request) {
        long lineLength = requestLineLength(request);
        if (lineLength > maxRequestLineLength) {
            return Optional.of(Problem.of(
                    ProblemType.URI_TOO_LONG,
                    ("The request line has %d characters; this service accepts at most %d. Send long filters in fewer"
                                    + " or shorter query parameters.")
                            .formatted(lineLength, maxRequestLineLength),
                    null));
        }
        long headerSize = headerSize(request);
        if (headerSize > maxHeaderSize) {
            return Optional.of(Problem.of(
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request's headers have %d bytes together; this service accepts at most %d."
                            .formatted(headerSize, maxHeaderSize),
                    null));
        }
        return Optional.empty();
    }

    private static long requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + request.uri().length() + REQUEST_LINE_OVERHEAD;
    }

    /** Vert.x decodes header bytes as ISO-8859-1, one character per byte, so lengths are the bytes received. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
        }
        return size;
    }
}
