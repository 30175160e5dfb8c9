package dev.uniform.testapp;

import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** A resource that only exists to provoke each kind of failure the problem mappers handle. */
@Path("/gadgets")
public class GadgetResource {

    private final GadgetService service;
    private final Paging paging;

    public GadgetResource(GadgetService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @POST
    @APIResponse(responseCode = "409", description = "Another gadget has this code.")
    public Uni<Gadget> create(@Valid @NotNull GadgetRequest request) {
        return service.create(request);
    }

    /** Created once per Idempotency-Key, answered as a generated service answers its creates. */
    @POST
    @Path("/once")
    @APIResponse(responseCode = "409", description = "Another gadget has this code.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with a different request.")
    public Uni<RestResponse<Gadget>> createOnce(
            @RestHeader(IdempotencyKey.HEADER) String key, @Valid @NotNull GadgetRequest request) {
        return service.createOnce(request, IdempotencyKey.fromHeader(key)).map(GadgetResource::created);
    }

    private static RestResponse<Gadget> created(Idempotent<Gadget> outcome) {
        RestResponse.ResponseBuilder<Gadget> response = RestResponse.ResponseBuilder.<Gadget>create(
                        RestResponse.Status.CREATED)
                .entity(outcome.value());
        if (outcome.replayed()) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    /** Validates nothing itself: the service's constraints fail inside the returned Uni. */
    @POST
    @Path("/unchecked")
    public Uni<Gadget> createUnchecked(GadgetRequest request) {
        return Uni.createFrom().item(request).flatMap(service::create);
    }

    @GET
    @Path("/{id}")
    public Uni<Gadget> get(@RestPath long id) {
        return service.get(id);
    }

    @GET
    public Uni<Page<Gadget>> list(@Valid @BeanParam PageParameters parameters) {
        return service.list(paging.request(parameters, GadgetSort.class, "code"));
    }

    @GET
    @Path("/search")
    public Uni<String> search(
            @QueryParam("max-weight") @Max(100) int maxWeight,
            @RestQuery @Max(3) int limit,
            @RestQuery List<GadgetSort> fields,
            @RestQuery LocalDate since,
            @RestQuery String text) {
        return Uni.createFrom().item("searched");
    }

    /** Holds a pooled connection for the given time: a slow statement, or one waiting for a lock. */
    @GET
    @Path("/sleep")
    public Uni<Integer> sleep(@RestQuery double seconds) {
        return service.sleep(seconds);
    }

    /** A read that a cache may keep a minute, as a resource says so itself. */
    @GET
    @Path("/cacheable")
    public RestResponse<String> cacheable() {
        return RestResponse.ResponseBuilder.ok("kept")
                .header(HttpHeaders.CACHE_CONTROL, "max-age=60")
                .build();
    }

    @GET
    @Path("/boom")
    public Uni<String> boom() {
        return Uni.createFrom().failure(new IllegalStateException("password=hunter2 in org.example.Secret"));
    }

    @DELETE
    public Uni<Long> deleteAll() {
        return service.deleteAll();
    }

    @DELETE
    @Path("/{id}")
    public Uni<Long> delete(@RestPath long id) {
        return service.delete(id);
    }

    /** A row of another table that refers to the gadget; {@code named=true} as a service's own mapping names it. */
    @POST
    @Path("/{id}/parts")
    public Uni<Integer> addPart(@RestPath long id, @RestQuery boolean named) {
        return service.addPart(id, named);
    }

    /**
     * Refuses deliberately, the way a service does while a dependency is down. A response built with an entity would
     * be sent as it is: RESTEasy Reactive maps only entity-less WebApplicationExceptions.
     */
    @GET
    @Path("/busy")
    public Uni<String> busy() {
        return Uni.createFrom()
                .failure(new WebApplicationException(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "30")
                        .header("Set-Cookie", "internal-route=node-7")
                        .build()));
    }

    @GET
    @Path("/weighing")
    public Uni<String> weighing(@Valid @BeanParam WeightRange range) {
        return Uni.createFrom().item("weighed");
    }
}
