package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An {@code Idempotency-Key} a posting system used, and the complaint it filed ({@code intake_idempotency_key}
 * table): a repeat of the key gets the same complaint back instead of a second one.
 */
@Entity
@Table(name = "intake_idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @Column(name = "idempotency_key", length = 200)
    public String key;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;
}
