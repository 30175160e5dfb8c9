package dev.uniform.internal.observability;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else handles it: the caller's or the proxy's {@value #HEADER} when it is
 * safe to log, a new UUID otherwise. The id is echoed in the response header, is in the log context of every line
 * written for the request, and goes into every problem body, so that a caller's report leads to the log lines.
 */
@Singleton
public class RequestIds {

    /** The header that carries the id, both ways; ingress controllers such as ingress-nginx set it too. */
    public static final String HEADER = "X-Request-Id";

    /** The key of the id in the log context: {@code %X{requestId}} in a log format, a field in JSON logs. */
    public static final String LOG_KEY = "requestId";

    /** Ids from outside are kept only when they cannot forge log lines or headers. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        // Before the body limit (OversizedBodies), whose problem carries the id too.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext request) {
        ensure(request);
        request.next();
    }

    /**
     * The request's id, given to it now if it has none yet: for handlers that may answer a request before this one
     * ran, such as the router's error handlers.
     */
    public static String ensure(RoutingContext request) {
        String assigned = request.get(LOG_KEY);
        if (assigned != null) {
            return assigned;
        }
        String id = idFor(request.request().getHeader(HEADER));
        request.put(LOG_KEY, id);
        // Set on the request as well, so that filters, mappers and resources read it like any header.
        request.request().headers().set(HEADER, id);
        request.response().putHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        return id;
    }

    /** The id to use for a request that came with this header value, which may be absent. */
    static String idFor(String received) {
        return received != null && SAFE.matcher(received).matches()
                ? received
                : UUID.randomUUID().toString();
    }
}
