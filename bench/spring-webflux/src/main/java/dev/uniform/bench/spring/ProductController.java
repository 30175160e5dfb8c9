package dev.uniform.bench.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/products")
@Validated
class ProductController {

    private final ProductService service;

    ProductController(ProductService service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    Mono<Product> get(@PathVariable long id) {
        return service.get(id);
    }

    @GetMapping
    Mono<ProductPage> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(defaultValue = "name") @Pattern(regexp = "-?(code|name|price|createdAt|updatedAt)")
                    String sort) {
        Sort order = sort.startsWith("-") ? Sort.by(sort.substring(1)).descending() : Sort.by(sort);
        return service.list(page, size, order);
    }

    @PostMapping
    Mono<ResponseEntity<Product>> create(@Valid @RequestBody ProductRequest request) {
        return service.create(request)
                .map(created -> ResponseEntity.created(URI.create("/products/" + created.id())).body(created));
    }
}
