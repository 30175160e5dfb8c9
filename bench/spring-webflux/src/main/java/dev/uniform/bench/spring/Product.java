package dev.uniform.bench.spring;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of the products table, as the sample service's migration creates it. */
@Table("products")
public record Product(
        @Id Long id,
        String code,
        String name,
        BigDecimal price,
        String status,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
