package dev.uniform.sample.product.service;

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
import dev.uniform.problem.ResourceNotFoundException;
import dev.uniform.sample.product.ProductFilter;
import dev.uniform.sample.product.ProductSettings;
import dev.uniform.sample.product.api.ProductPatch;
import dev.uniform.sample.product.api.ProductRequest;
import dev.uniform.sample.product.api.ProductResponse;
import dev.uniform.sample.product.entity.Product;
import dev.uniform.sample.product.mapping.ProductMapper;
import dev.uniform.sample.product.repository.ProductRepository;
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
 * The use cases of products. Owns sessions and transactions, and maps entities to API records before the session
 * ends, so nothing outside this class touches an entity.
 */
@ApplicationScoped
public class ProductService {

    static final String RESOURCE = "Product";

    /** Names creates among the operations whose idempotency keys are remembered. */
    static final String CREATE = "products.create";

    private final ProductRepository repository;
    private final Mutiny.SessionFactory sessions;
    private final IdempotentOperations idempotency;
    private final ProductSettings settings;

    public ProductService(
            ProductRepository repository,
            Mutiny.SessionFactory sessions,
            IdempotentOperations idempotency,
            ProductSettings settings) {
        this.repository = repository;
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    /** Creates a product; with a key, once only: a retry with the same key and request gets the first result. */
    @WithTransaction
    public Uni<Idempotent<ProductResponse>> create(ProductRequest request, Optional<IdempotencyKey> key) {
        return idempotency.once(key, CREATE, request, ProductResponse.class, () -> insert(request));
    }

    private Uni<ProductResponse> insert(ProductRequest request) {
        Product entity = ProductMapper.toEntity(request);
        return repository
                .persistAndFlush(entity)
                .map(ProductMapper::toResponse)
                .onFailure(DatabaseErrors::isUniqueViolation)
                .transform(ProductService::valueTaken);
    }

    public Uni<ProductResponse> get(long id) {
        return repository.findResponse(id).onItem().ifNull().switchTo(() -> notFound(id));
    }

    @WithSession
    public Uni<Page<ProductResponse>> list(ProductFilter filter, PageRequest page) {
        return repository.search(filter, page).map(found -> found.map(ProductMapper::toResponse));
    }

    /**
     * Every product in identifier order, a chunk at a time, read as the caller consumes them: memory holds one chunk,
     * however many there are. Hibernate Reactive cannot stream a query (hibernate-reactive#153), so the export pages
     * by key, each chunk on a session of its own.
     */
    public Multi<List<ProductResponse>> exportChunks() {
        return Multi.createFrom().deferred(() -> {
            AtomicLong lastId = new AtomicLong();
            return Multi.createBy().repeating().uni(() -> nextChunk(lastId)).until(List::isEmpty);
        });
    }

    /** Every product in identifier order, one at a time; see {@link #exportChunks()}. */
    public Multi<ProductResponse> export() {
        return exportChunks().onItem().disjoint();
    }

    private Uni<List<ProductResponse>> nextChunk(AtomicLong lastId) {
        return SeparateSessions.read(
                        sessions,
                        session -> repository.chunkAfter(
                                session, lastId.get(), settings.export().chunkSize()))
                .map(chunk -> chunk.stream().map(ProductMapper::toResponse).toList())
                .invoke(chunk -> rememberLast(chunk, lastId));
    }

    /** Where the next chunk starts: after the last identifier of this one. */
    private static void rememberLast(List<ProductResponse> chunk, AtomicLong lastId) {
        if (!chunk.isEmpty()) {
            lastId.set(chunk.get(chunk.size() - 1).id());
        }
    }

    @WithTransaction
    public Uni<ProductResponse> replace(long id, IfMatch ifMatch, ProductRequest request) {
        return change(id, ifMatch, entity -> ProductMapper.replace(entity, request));
    }

    @WithTransaction
    public Uni<ProductResponse> patch(long id, IfMatch ifMatch, ProductPatch patch) {
        return change(id, ifMatch, entity -> ProductMapper.patch(entity, patch));
    }

    @WithTransaction
    public Uni<Void> delete(long id, IfMatch ifMatch) {
        return findCurrent(id, ifMatch).chain(this::deleteUnlessChanged);
    }

    /** Of callers that delete the same version at once, one deletes it; the others get 412, as with changes. */
    private Uni<Void> deleteUnlessChanged(Product entity) {
        return repository
                .deleteIfVersion(entity.id, entity.version)
                .chain(deleted -> deleted ? Uni.createFrom().voidItem() : changedMeanwhile(entity.id));
    }

    /**
     * Applies {@code edit} and flushes at once, so that a value taken by another product surfaces here as a 409 and a
     * concurrent update, caught by the version column, as a 412, not at commit.
     */
    private Uni<ProductResponse> change(long id, IfMatch ifMatch, Consumer<Product> edit) {
        return findCurrent(id, ifMatch)
                .invoke(edit)
                .call(repository::flush)
                .map(ProductMapper::toResponse)
                .onFailure(DatabaseErrors::isUniqueViolation)
                .transform(ProductService::valueTaken);
    }

    private Uni<Product> findExisting(long id) {
        return repository.findById(id).onItem().ifNull().switchTo(() -> notFound(id));
    }

    /** The stored product, if it is still the version the caller has seen. */
    private Uni<Product> findCurrent(long id, IfMatch ifMatch) {
        return findExisting(id).invoke(entity -> ifMatch.check(entity.version, RESOURCE, id));
    }

    private static <T> Uni<T> notFound(long id) {
        return Uni.createFrom().failure(new ResourceNotFoundException(RESOURCE, id));
    }

    private static <T> Uni<T> changedMeanwhile(long id) {
        return Uni.createFrom().failure(PreconditionFailedException.changedMeanwhile(RESOURCE, id));
    }

    /** Names the unique field whose value another product has, by the constraint the migration named after it. */
    private static ConflictException valueTaken(Throwable failure) {
        return switch (DatabaseErrors.violatedConstraint(failure).orElse("")) {
            case "products_code_key" ->
                new ConflictException("Another product already has this code; code must be unique.");
            default -> new ConflictException("Another product already has one of these unique values.");
        };
    }
}
