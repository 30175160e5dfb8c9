package dev.uniform.internal.problem;

import dev.uniform.problem.Problem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Lets a caller that accepts {@value Problem#MEDIA_TYPE} reach every operation. Clients generated from the OpenAPI
 * document send, as Accept, the media types the document gives for an operation's responses: for a DELETE whose 204
 * has no body, or for any operation whose success type they do not list, that is only {@value Problem#MEDIA_TYPE},
 * which no resource method produces, so Quarkus REST would answer 406 before the operation runs. Such a request gets
 * the operation's success response as documented, or its problem, as RFC 9110 allows (a server may disregard Accept
 * rather than answer 406). An Accept that allows neither still gets the 406 problem.
 */
@Singleton
public class ProblemsAlwaysAcceptable {

    /** Below any type the caller named, so that its own preferences still decide among the operation's types. */
    static final String ANY_OTHER = "*/*;q=0.001";

    void install(@Observes Router router) {
        // After uniform's checks of the request line (UnstorableParameters), before Quarkus REST chooses a method.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2).handler(this::acceptSuccessWhereProblemsAre);
    }

    private void acceptSuccessWhereProblemsAre(RoutingContext request) {
        if (!mentionsProblems(request.request().headers().getAll(HttpHeaders.ACCEPT))) {
            // Nearly every request: no media range to weigh.
            request.next();
            return;
        }
        List<MIMEHeader> accepted = request.parsedHeaders().accept();
        if (acceptsProblems(accepted) && !acceptsEverything(accepted)) {
            // One header line: Quarkus REST reads the first Accept only.
            String accept = String.join(", ", request.request().headers().getAll(HttpHeaders.ACCEPT));
            request.request().headers().set(HttpHeaders.ACCEPT, accept + ", " + ANY_OTHER);
        }
        request.next();
    }

    private static boolean mentionsProblems(List<String> acceptLines) {
        for (String line : acceptLines) {
            if (line.toLowerCase(Locale.ROOT).contains(Problem.MEDIA_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsProblems(List<MIMEHeader> accepted) {
        return accepted.stream()
                .anyMatch(range -> range.weight() > 0 && range.value().equalsIgnoreCase(Problem.MEDIA_TYPE));
    }

    private static boolean acceptsEverything(List<MIMEHeader> accepted) {
        return accepted.stream()
                .anyMatch(range -> range.weight() > 0 && range.value().equals("*/*"));
    }
}
