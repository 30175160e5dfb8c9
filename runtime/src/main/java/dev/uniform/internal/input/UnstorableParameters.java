package dev.uniform.internal.input;

import dev.uniform.internal.problem.RouteProblems;
import dev.uniform.internal.problem.UnroutableRequests;
import dev.uniform.problem.InvalidParameterException;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request URI that is not valid, or that cannot reach the database as sent, before any resource reads it,
 * with a 400 problem: a URI that {@code java.net.URI} cannot parse (a broken percent-encoding such as {@code %ZZ},
 * characters that must be encoded), or a NUL character ({@code %00}) or unpaired surrogate in the path or a query
 * parameter, which is named.
 */
@Singleton
public class UnstorableParameters {

    private static final String ENCODED_NUL = "%00";

    private final RouteProblems problems;

    public UnstorableParameters(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // After the body limit (OversizedBodies, Quarkus's own), before anything that reads parameters.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::refuseUnstorable);
    }

    private void refuseUnstorable(RoutingContext request) {
        String path = request.request().path();
        if (!isValidUri(request.request().uri())) {
            problems.send(request, UnroutableRequests.invalidUri());
            return;
        }
        if (path != null && path.toUpperCase(Locale.ROOT).contains(ENCODED_NUL)) {
            refuse(request, new InvalidParameterException("path", StorableText.RULE));
            return;
        }
        if (request.request().query() == null) {
            request.next();
            return;
        }
        MultiMap parameters;
        try {
            parameters = request.queryParams();
        } catch (IllegalArgumentException malformed) {
            problems.send(
                    request,
                    Problem.of(
                            ProblemType.VALIDATION,
                            "The query string is not valid: each % must begin a percent-encoded UTF-8 byte, such as"
                                    + " %20 for a space.",
                            path));
            return;
        }
        Optional<String> unstorable = firstUnstorable(parameters);
        if (unstorable.isPresent()) {
            refuse(request, new InvalidParameterException(unstorable.get(), StorableText.RULE));
            return;
        }
        request.next();
    }

    /** The check Quarkus makes before routing, and that its Jakarta REST layer relies on (see UriValidationConfigSourceFactory). */
    private static boolean isValidUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static Optional<String> firstUnstorable(MultiMap parameters) {
        return parameters.entries().stream()
                .filter(parameter ->
                        !StorableText.isStorable(parameter.getKey()) || !StorableText.isStorable(parameter.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private void refuse(RoutingContext request, InvalidParameterException refusal) {
        problems.send(
                request,
                Problem.of(refusal.type(), refusal.detail(), request.request().path(), refusal.violations()));
    }
}
