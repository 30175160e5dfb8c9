package dev.uniform.bench.spring;

import java.math.BigDecimal;
import org.springframework.data.domain.Pageable;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface ProductRepository extends ReactiveCrudRepository<Product, Long> {

    Flux<Product> findAllBy(Pageable page);

    /** Identifiers come from the sequence the sample service's migration creates; the table has no default. */
    @Query("insert into products (id, code, name, price, status, created_at, updated_at, version)"
            + " values (nextval('products_seq'), :code, :name, :price, :status, now(), now(), 0) returning *")
    Mono<Product> insert(String code, String name, BigDecimal price, String status);
}
