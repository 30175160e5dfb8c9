package dev.uniform.bench.spring;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@Service
class ProductService {

    private final ProductRepository repository;

    ProductService(ProductRepository repository) {
        this.repository = repository;
    }

    Mono<Product> get(long id) {
        return repository.findById(id).switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    public Mono<ProductPage> list(int page, int size, Sort sort) {
        PageRequest request = PageRequest.of(page, size, sort.and(Sort.by("id")));
        return repository.findAllBy(request).collectList().zipWith(repository.count(), (items, total) ->
                ProductPage.of(items, page, size, total));
    }

    @Transactional
    public Mono<Product> create(ProductRequest request) {
        return repository.insert(request.code(), request.name(), request.price(), request.status())
                .onErrorMap(DuplicateKeyException.class, taken -> new ResponseStatusException(HttpStatus.CONFLICT));
    }
}
