package dev.uniform.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A minimal entity with a unique column, to provoke real constraint failures in PostgreSQL. */
@Entity
public class Gadget extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public BigDecimal weight;
}
