package dev.uniform.testapp;

import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.idempotency.IdempotentOperations;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.problem.ReferenceNotFoundException;
import dev.uniform.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

@ApplicationScoped
public class GadgetService {

    private final IdempotentOperations idempotency;

    public GadgetService(IdempotentOperations idempotency) {
        this.idempotency = idempotency;
    }

    /** Creates as a service's create does: once per Idempotency-Key. */
    @WithTransaction
    public Uni<Idempotent<Gadget>> createOnce(GadgetRequest request, Optional<IdempotencyKey> key) {
        return idempotency.once(key, "gadgets.create", request, Gadget.class, () -> insert(request));
    }

    @WithTransaction
    public Uni<Gadget> create(@Valid @NotNull GadgetRequest request) {
        return insert(request);
    }

    private static Uni<Gadget> insert(GadgetRequest request) {
        Gadget gadget = new Gadget();
        gadget.code = request.code();
        gadget.weight = request.weight();
        return gadget.<Gadget>persistAndFlush();
    }

    @WithSession
    public Uni<Gadget> get(long id) {
        return Gadget.<Gadget>findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new ResourceNotFoundException("Gadget", id));
    }

    @WithSession
    public Uni<Page<Gadget>> list(PageRequest request) {
        return PanachePaging.fetch(Gadget.findAll(PanachePaging.sortOf(request, "id")), request);
    }

    @WithSession
    public Uni<Integer> sleep(double seconds) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select 1 from pg_sleep(:seconds)", Integer.class)
                        .setParameter("seconds", seconds)
                        .getSingleResult());
    }

    @WithTransaction
    public Uni<Long> deleteAll() {
        return Panache.getSession()
                .chain(session ->
                        session.createNativeQuery("delete from gadget_parts").executeUpdate())
                .chain(deletedParts -> Gadget.deleteAll());
    }

    /** Adds a part to a gadget; when {@code named}, a missing gadget is named the way a service names it. */
    @WithTransaction
    public Uni<Integer> addPart(long gadgetId, boolean named) {
        Uni<Integer> insert = Panache.getSession()
                .chain(session -> session.createNativeQuery("insert into gadget_parts (gadget_id) values (:gadget)")
                        .setParameter("gadget", gadgetId)
                        .executeUpdate());
        return named
                ? insert.onFailure(DatabaseErrors::isMissingReference)
                        .transform(missing -> new ReferenceNotFoundException("gadgetId", "gadget"))
                : insert;
    }

    @WithTransaction
    public Uni<Long> delete(long id) {
        return Gadget.delete("id", id);
    }
}
