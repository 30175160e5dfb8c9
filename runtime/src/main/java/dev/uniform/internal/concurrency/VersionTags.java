package dev.uniform.internal.concurrency;

import dev.uniform.concurrency.EntityTags;
import dev.uniform.resource.Representation;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sends the version of every representation a successful response carries as its {@code ETag}, so that the caller
 * can send it back in {@code If-Match}; a resource method that set an {@code ETag} of its own keeps it.
 */
public class VersionTags {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof Representation representation
                && response.getStatus() >= 200
                && response.getStatus() < 300
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, EntityTags.of(representation.version()));
        }
    }
}
