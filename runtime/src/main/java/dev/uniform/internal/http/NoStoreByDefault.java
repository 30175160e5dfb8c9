package dev.uniform.internal.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells every cache on the way to keep no response of the API ({@code Cache-Control: no-store}), as the OWASP REST
 * Security Cheat Sheet advises: a kept read would outlive the change that makes its ETag stale, and one sent to a
 * caller with a token could reach another without. A resource method that sets a {@code Cache-Control} of its own
 * keeps it.
 */
public class NoStoreByDefault {

    /** The header's value where a resource set none. */
    static final String NO_STORE = "no-store";

    @ServerResponseFilter
    public void keepNothing(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
