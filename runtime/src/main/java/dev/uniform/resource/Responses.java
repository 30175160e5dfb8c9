package dev.uniform.resource;

import dev.uniform.concurrency.EntityTags;
import dev.uniform.idempotency.Idempotent;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The responses of a resource's operations that say more than their body. A representation alone needs nothing of
 * this class: uniform-runtime adds its {@code ETag} to any response that carries one.
 */
public final class Responses {

    private Responses() {}

    /**
     * 201 Created for a new resource: its URL in {@code Location}, its version in {@code ETag}, and
     * {@value Idempotent#REPLAYED_HEADER} when the response replays the first one to the same idempotency key.
     *
     * @param <R> the resource's representation
     * @param uri the request's URI, to which the new identifier is appended: {@code POST /products} makes
     *     {@code /products/7}
     * @param outcome the created representation, fresh or replayed
     * @return the response to return from the resource method
     */
    public static <R extends Representation> RestResponse<R> created(UriInfo uri, Idempotent<R> outcome) {
        R created = outcome.value();
        RestResponse.ResponseBuilder<R> response = RestResponse.ResponseBuilder.<R>created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .header(HttpHeaders.ETAG, EntityTags.of(created.version()));
        if (outcome.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
