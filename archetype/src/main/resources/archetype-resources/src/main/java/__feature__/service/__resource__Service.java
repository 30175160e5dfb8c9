#parse( "/archetype-resources/names.vm" )
package ${package}.${feature}.service;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.concurrency.PreconditionFailedException;
import dev.uniform.concurrency.SeparateSessions;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.idempotency.IdempotentOperations;
import dev.uniform.paging.Page;
import dev.uniform.paging.PageRequest;
import dev.uniform.problem.ConflictException;
import dev.uniform.problem.DatabaseErrors;
#if( !$referenceFields.isEmpty() )
import dev.uniform.problem.ReferenceNotFoundException;
#end
import dev.uniform.problem.ResourceNotFoundException;
import ${package}.${feature}.${resource}Filter;
import ${package}.${feature}.${resource}Settings;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The use cases of ${labels}. Owns sessions and transactions, and maps entities to API records before the session
 * ends, so nothing outside this class touches an entity.
 */
@ApplicationScoped
public class ${resource}Service {

    static final String RESOURCE = "${Label}";

    /** Names creates among the operations whose idempotency keys are remembered. */
    static final String CREATE = "${resourcePath}.create";

    private final ${resource}Repository repository;
    private final Mutiny.SessionFactory sessions;
    private final IdempotentOperations idempotency;
    private final ${resource}Settings settings;

    public ${resource}Service(
            ${resource}Repository repository,
            Mutiny.SessionFactory sessions,
            IdempotentOperations idempotency,
            ${resource}Settings settings) {
        this.repository = repository;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    /** Creates ${aLabel}; with a key, once only: a retry with the same key and request gets the first result. */
    @WithTransaction
    public Uni<Idempotent<${resource}Response>> create(${resource}Request request, Optional<IdempotencyKey> key) {
        return idempotency.once(key, CREATE, request, ${resource}Response.class, () -> insert(request));
    }

    private Uni<${resource}Response> insert(${resource}Request request) {
        ${resource} entity = ${resource}Mapper.toEntity(request);
        return repository
                .persistAndFlush(entity)
                .map(${resource}Mapper::toResponse)#if( $uniqueFields.isEmpty() && $referenceFields.isEmpty() );#end

#if( !$uniqueFields.isEmpty() )
                .onFailure(DatabaseErrors::isUniqueViolation)
                .transform(${resource}Service::valueTaken)#if( $referenceFields.isEmpty() );#end

#end
#if( !$referenceFields.isEmpty() )
                .onFailure(DatabaseErrors::isMissingReference)
                .transform(${resource}Service::missingReference);
#end
    }

    public Uni<${resource}Response> get(long id) {
        return repository.findResponse(id).onItem().ifNull().switchTo(() -> notFound(id));
    }

    @WithSession
    public Uni<Page<${resource}Response>> list(${resource}Filter filter, PageRequest page) {
        return repository.search(filter, page).map(found -> found.map(${resource}Mapper::toResponse));
    }

    /**
     * Every ${label} in identifier order, a chunk at a time, read as the caller consumes them: memory holds one chunk,
     * however many there are. Hibernate Reactive cannot stream a query (hibernate-reactive#153), so the export pages
     * by key, each chunk on a session of its own.
     */
    public Multi<List<${resource}Response>> exportChunks() {
        return Multi.createFrom().deferred(() -> {
            AtomicLong lastId = new AtomicLong();
            return Multi.createBy().repeating().uni(() -> nextChunk(lastId)).until(List::isEmpty);
        });
    }

    /** Every ${label} in identifier order, one at a time; see {@link #exportChunks()}. */
    public Multi<${resource}Response> export() {
        return exportChunks().onItem().disjoint();
    }

    private Uni<List<${resource}Response>> nextChunk(AtomicLong lastId) {
        return SeparateSessions.read(sessions, session -> repository.chunkAfter(session, lastId.get(), settings.export().chunkSize()))
                .map(chunk -> chunk.stream().map(${resource}Mapper::toResponse).toList())
                .invoke(chunk -> rememberLast(chunk, lastId));
    }

    /** Where the next chunk starts: after the last identifier of this one. */
    private static void rememberLast(List<${resource}Response> chunk, AtomicLong lastId) {
        if (!chunk.isEmpty()) {
            lastId.set(chunk.get(chunk.size() - 1).id());
        }
    }

    @WithTransaction
    public Uni<${resource}Response> replace(long id, IfMatch ifMatch, ${resource}Request request) {
        return change(id, ifMatch, entity -> ${resource}Mapper.replace(entity, request));
    }

    @WithTransaction
    public Uni<${resource}Response> patch(long id, IfMatch ifMatch, ${resource}Patch patch) {
        return change(id, ifMatch, entity -> ${resource}Mapper.patch(entity, patch));
    }

    @WithTransaction
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return findCurrent(id, ifMatch).chain(this::deleteUnlessChanged);
    }

    /** Of callers that delete the same version at once, one deletes it; the others get 412, as with changes. */
    private Uni<Void> deleteUnlessChanged(${resource} entity) {
        return repository
                .deleteIfVersion(entity.id, entity.version)
                .chain(deleted -> deleted ? Uni.createFrom().voidItem() : changedMeanwhile(entity.id));
    }

#set( $surfaces = [] )
#if( !$uniqueFields.isEmpty() )#set( $added = $surfaces.add("a value taken by another ${label}|409") )#end
#if( !$referenceFields.isEmpty() )#set( $added = $surfaces.add("a reference to nothing|422") )#end
#set( $added = $surfaces.add("a concurrent update, caught by the version column,|412") )
#set( $surfaced = "" )
#foreach( $surface in $surfaces )
#set( $what = $surface.split("\|") )
#if( $foreach.index == 0 )#set( $as = "surfaces here as" )#else#set( $as = "as" )#end
#if( $foreach.index > 0 && $foreach.hasNext )#set( $surfaced = "${surfaced}, " )#elseif( $foreach.index > 0 )#set( $surfaced = "${surfaced} and " )#end
#set( $surfaced = "${surfaced}${what[0]} ${as} a ${what[1]}" )
#end
## Wrapped at 120 columns, as the formatter leaves Javadoc as it finds it.
#set( $lines = [] )
#set( $line = "" )
#set( $sentence = "Applies {@code edit} and flushes at once, so that ${surfaced}, not at commit." )
#foreach( $word in $sentence.split(" ") )
#if( $line == "" )#set( $line = $word )#elseif( $line.length() + $word.length() < 113 )#set( $line = "${line} ${word}" )#else#set( $added = $lines.add($line) )#set( $line = $word )#end
#end
#set( $added = $lines.add($line) )
#if( $lines.size() == 1 )
    /** ${lines[0]} */
#else
    /**
#foreach( $line in $lines )
     * ${line}
#end
     */
#end
    private Uni<${resource}Response> change(long id, IfMatch ifMatch, Consumer<${resource}> edit) {
        return findCurrent(id, ifMatch)
                .invoke(edit)
                .call(repository::flush)
                .map(${resource}Mapper::toResponse)#if( $uniqueFields.isEmpty() && $referenceFields.isEmpty() );#end

#if( !$uniqueFields.isEmpty() )
                .onFailure(DatabaseErrors::isUniqueViolation)
                .transform(${resource}Service::valueTaken)#if( $referenceFields.isEmpty() );#end

#end
#if( !$referenceFields.isEmpty() )
                .onFailure(DatabaseErrors::isMissingReference)
                .transform(${resource}Service::missingReference);
#end
    }

    private Uni<${resource}> findExisting(long id) {
        return repository.findById(id).onItem().ifNull().switchTo(() -> notFound(id));
    }

    /** The stored ${label}, if it is still the version the caller has seen. */
    private Uni<${resource}> findCurrent(long id, IfMatch ifMatch) {
        return findExisting(id).invoke(entity -> ifMatch.check(entity.version, RESOURCE, id));
    }

    private static <T> Uni<T> notFound(long id) {
        return Uni.createFrom().failure(new ResourceNotFoundException(RESOURCE, id));
    }

    private static <T> Uni<T> changedMeanwhile(long id) {
        return Uni.createFrom().failure(PreconditionFailedException.changedMeanwhile(RESOURCE, id));
    }

#if( !$uniqueFields.isEmpty() )
    /** Names the unique field whose value another ${label} has, by the constraint the migration named after it. */
    private static ConflictException valueTaken(Throwable failure) {
        return switch (DatabaseErrors.violatedConstraint(failure).orElse("")) {
#foreach( $field in $uniqueFields )
            case "${table}_${field.column}_key" -> new ConflictException(
                    "Another ${label} already has this ${field.label}; ${field.name} must be unique.");
#end
            default -> new ConflictException("Another ${label} already has one of these unique values.");
        };
    }
#end
#if( !$referenceFields.isEmpty() )

    /**
     * Names the field that refers to nothing, by the foreign key the migration named after it; a key the migration did
     * not name is left to uniform-runtime, which answers 422 without a field.
     */
    private static Throwable missingReference(Throwable failure) {
        return switch (DatabaseErrors.violatedConstraint(failure).orElse("")) {
#foreach( $field in $referenceFields )
            case "${table}_${field.column}_fkey" -> new ReferenceNotFoundException("${field.name}", "${field.refLabel}");
#end
            default -> failure;
        };
    }
#end
}
