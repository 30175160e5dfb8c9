package dev.uniform.sample.product.entity;

import dev.uniform.persistence.VersionedEntity;
import dev.uniform.sample.product.ProductStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product as stored, in the table {@code products}. Never leaves the service layer: the API speaks in records. */
@Entity
@Table(name = "products")
public class Product extends VersionedEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public ProductStatus status;
}
