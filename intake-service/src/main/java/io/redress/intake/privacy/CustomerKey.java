package io.redress.intake.privacy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's data key ({@code intake_customer_key}), wrapped with the key-encryption key. Not part of the view: the
 * log cannot rebuild it, and a rebuild never touches it. Deleting the row is the erasure: what the log holds for the
 * customer can no longer be read by anyone.
 */
@Entity
@Table(name = "intake_customer_key")
public class CustomerKey extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id", length = 100)
    public String customerId;

    @Column(name = "key_id", nullable = false)
    public UUID keyId;

    @Column(name = "wrapped_key", nullable = false)
    public byte[] wrappedKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
