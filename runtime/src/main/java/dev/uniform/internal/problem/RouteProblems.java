package dev.uniform.internal.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.internal.observability.RequestIds;
import dev.uniform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Answers with a problem from a Vert.x route, for requests refused at the HTTP layer before Quarkus REST and its
 * exception mappers see them: the body has the same shape, and names the request, as every other problem.
 */
@Singleton
public class RouteProblems {

    /** How long the rest of a refused body is read before the connection is closed anyway. */
    static final long DRAIN_MILLIS = 2_000;

    private final ObjectMapper json;

    public RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the request with {@code problem}, keeping the connection for the next request. */
    public void send(RoutingContext request, Problem problem) {
        respond(request, problem).end(serialized(problem.withRequestId(requestIdOf(request))));
    }

    /**
     * Ends the request with {@code problem} and closes the connection: for a request whose unread body would
     * otherwise be taken for the next request.
     */
    public void sendAndClose(RoutingContext request, Problem problem) {
        respond(request, problem)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(serialized(problem.withRequestId(requestIdOf(request))))
                .onComplete(sent -> closeHttp1(request));
    }

    /**
     * Vert.x keeps an HTTP/1 connection open until the request's body ends, which the caller may never send. Closing
     * a socket with unread bytes makes the kernel answer with a reset, which can destroy the response before the caller
     * reads it: so the rest of the body is read and dropped first, for {@value #DRAIN_MILLIS} ms at most.
     */
    private static void closeHttp1(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == HttpVersion.HTTP_2) {
            return;
        }
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long deadline = context.vertx()
                .setTimer(DRAIN_MILLIS, expired -> request.connection().close());
        try {
            request.handler(dropped -> {}).endHandler(ended -> {
                context.vertx().cancelTimer(deadline);
                request.connection().close();
            });
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            context.vertx().cancelTimer(deadline);
            request.connection().close();
        }
    }

    private static HttpServerResponse respond(RoutingContext request, Problem problem) {
        return request.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }

    private static String requestIdOf(RoutingContext request) {
        return request.request().getHeader(RequestIds.HEADER);
    }

    private String serialized(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written as JSON", e);
        }
    }
}
