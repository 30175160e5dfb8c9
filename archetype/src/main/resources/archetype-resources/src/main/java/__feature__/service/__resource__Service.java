#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.service;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.paging.CursorPage;
import dev.uniform.paging.PageRequest;
import dev.uniform.persistence.ResourceStore;
import dev.uniform.persistence.ResourceStores;
import ${package}.${feature}.api.${resource}Filter;
import ${package}.${feature}.api.${resource}Patch;
import ${package}.${feature}.api.${resource}Request;
import ${package}.${feature}.api.${resource}Response;
import ${package}.${feature}.entity.${resource};
import ${package}.${feature}.mapping.${resource}Mapper;
import ${package}.${feature}.repository.${resource}Repository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of ${labels}. Owns the transactions; the ${label} store (uniform-runtime) does what every resource
 * does (idempotent creates, reads by id, changes and deletes of the version the caller has seen, the export), and maps
 * entities to API records before the session ends.
 */
@ApplicationScoped
public class ${resource}Service {

    private final ${resource}Repository repository;
    private final ResourceStore<${resource}, ${resource}Response> ${resourcesVar};

    public ${resource}Service(${resource}Repository repository, ResourceStores stores) {
        this.repository = repository;
        this.${resourcesVar} = stores.of(${resource}.class, ${resource}Response.class, ${resource}Mapper::toResponse);
    }

    @WithTransaction
    public Uni<Idempotent<${resource}Response>> create(${resource}Request request, Optional<IdempotencyKey> key) {
        return ${resourcesVar}.create(key, request, () -> ${resource}Mapper.toEntity(request));
    }

    public Uni<${resource}Response> get(long id) {
        return ${resourcesVar}.get(id);
    }

    @WithSession
    public Uni<CursorPage<${resource}Response>> list(${resource}Filter filter, PageRequest page) {
        return repository.search(filter, page).map(found -> found.map(${resource}Mapper::toResponse));
    }

    /** Every ${label} in identifier order, a chunk at a time, read as the caller consumes them. */
    public Multi<List<${resource}Response>> export() {
        return ${resourcesVar}.export();
    }

    @WithTransaction
    public Uni<${resource}Response> replace(long id, IfMatch ifMatch, ${resource}Request request) {
        return ${resourcesVar}.change(id, ifMatch, entity -> ${resource}Mapper.replace(entity, request));
    }

    @WithTransaction
    public Uni<${resource}Response> patch(long id, IfMatch ifMatch, ${resource}Patch patch) {
        return ${resourcesVar}.change(id, ifMatch, entity -> ${resource}Mapper.patch(entity, patch));
    }

    @WithTransaction
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return ${resourcesVar}.delete(id, ifMatch);
    }
}
