package dev.uniform.internal.problem;

import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses an Accept header that is no list of media ranges with a 400 problem naming it, before any resource runs.
 * Quarkus REST parses Accept only when it picks a writer, and a method without {@code @Produces} picks one after it
 * ran: an {@code Accept: garbage} then failed as a 500 once the work was done. Empty list elements, which RFC 9110
 * lets a client send, are dropped rather than refused.
 */
@Singleton
public class MalformedAccept {

    private final RouteProblems problems;

    public MalformedAccept(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // With the other checks of the request line (UnstorableParameters), before Quarkus REST chooses a method.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::refuseMalformed);
    }

    private void refuseMalformed(RoutingContext request) {
        List<String> lines = request.request().headers().getAll(HttpHeaders.ACCEPT);
        if (lines.isEmpty()) {
            request.next();
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (String line : lines) {
            for (String range : line.split(",")) {
                if (range.isBlank()) {
                    continue;
                }
                if (!isMediaRange(range)) {
                    problems.send(
                            request, malformed(range.strip(), request.request().path()));
                    return;
                }
                ranges.add(range.strip());
            }
        }
        if (ranges.isEmpty()) {
            request.request().headers().remove(HttpHeaders.ACCEPT);
        } else if (lines.size() > 1 || ranges.size() != lines.get(0).split(",", -1).length) {
            // One header line without empty elements: Quarkus REST reads the first Accept only.
            request.request().headers().set(HttpHeaders.ACCEPT, String.join(", ", ranges));
        }
        request.next();
    }

    /** As Quarkus REST's own parser reads it, which takes {@code *} for {@code *}{@code /*}; it judges q-values itself (400). */
    private static boolean isMediaRange(String range) {
        try {
            MediaType.valueOf(range.strip());
            return true;
        } catch (IllegalArgumentException notAMediaRange) {
            return false;
        }
    }

    private static Problem malformed(String range, String path) {
        return Problem.of(
                ProblemType.VALIDATION,
                "The Accept header is not a list of media ranges: '" + printable(range)
                        + "' is none. Send one such as application/json, or leave Accept out.",
                path);
    }

    /** At most 64 characters of what was sent, so that a long header is not echoed whole. */
    private static String printable(String range) {
        String visible = range.replaceAll("[^\\x20-\\x7E]", "?");
        return visible.length() <= 64 ? visible : visible.substring(0, 64) + "...";
    }
}
