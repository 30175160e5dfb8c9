package dev.uniform.internal.datasource;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request its {@link RequestDeadline} for the database, {@code uniform.datasource.request-budget} after
 * its body has arrived: the pool then bounds all of the request's waits together (for connections, key lookups,
 * statements), where the separate timeouts would add up.
 */
@ApplicationScoped
public class RequestDeadlines {

    private final DatasourceConfig config;

    public RequestDeadlines(DatasourceConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        // Right after the body handler, before authentication: an API key's lookup counts against the budget too.
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::start);
    }

    private void start(RoutingContext request) {
        RequestDeadline deadline = RequestDeadline.start(config.requestBudget());
        request.addHeadersEndHandler(written -> deadline.lift());
        request.next();
    }
}
