package dev.uniform.testing.architecture.orders.entity;

import dev.uniform.testing.architecture.orders.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An entity as uniform-archetype generates them, for the manifest's rule to compare. */
@Entity
@Table(name = "orders")
public class Order {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(columnDefinition = "text")
    public String note;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public OrderStatus status;

    public Long parentId;
}
