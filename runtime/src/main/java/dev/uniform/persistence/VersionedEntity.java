package dev.uniform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every stored resource has besides its own fields: an identifier from the table's sequence ({@code <table>_seq},
 * in blocks of 50), when it was created and last changed, and a version that Hibernate raises with every change and
 * checks against the one it read, so that of two overlapping changes the later fails. Its columns are {@code id},
 * {@code created_at}, {@code updated_at} and {@code version}, all {@code not null}.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    /** The identifier, assigned when the entity is first flushed. */
    @Id
    @GeneratedValue
    public Long id;

    /** When the row was inserted; never changed afterwards. */
    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    /** When the row was last written. */
    @UpdateTimestamp
    @Column(nullable = false)
    public Instant updatedAt;

    /** Raised by Hibernate on every update, which fails if another one came first. The API shows it as the ETag. */
    @Version
    @Column(nullable = false)
    public long version;

    /** For subclasses, which Hibernate makes through their own no-argument constructors. */
    protected VersionedEntity() {}
}
