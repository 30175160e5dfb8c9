package dev.uniform.testapp;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.paging.PanachePaging;
import dev.uniform.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@ApplicationScoped
public class GadgetService {

    @WithTransaction
    public Uni<Gadget> create(@Valid @NotNull GadgetRequest request) {
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
        return Gadget.deleteAll();
    }
}
