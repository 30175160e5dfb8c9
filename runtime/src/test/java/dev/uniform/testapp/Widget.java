package dev.uniform.testapp;

import dev.uniform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A resource as a generated service stores one: versioned, a unique column and a reference to a gadget, whose
 * constraints are named as a service's migration names them (the foreign key in import.sql).
 */
@Entity
@Table(name = "widgets", uniqueConstraints = @UniqueConstraint(name = "widgets_code_key", columnNames = "code"))
public class Widget extends VersionedEntity {

    @Column(nullable = false)
    public String code;

    public Integer size;

    @Enumerated(EnumType.STRING)
    public WidgetColour colour;

    public Long makerId;
}
