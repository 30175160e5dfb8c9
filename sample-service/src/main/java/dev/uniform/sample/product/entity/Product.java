package dev.uniform.sample.product.entity;

import dev.uniform.sample.product.ProductStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A product as stored, in the table {@code products}. Never leaves the service layer: the API speaks in records. */
@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ProductStatus status;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(nullable = false)
    public Instant updatedAt;

    /** Raised by Hibernate on every update, which fails if another one came first. The API shows it as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;
}
