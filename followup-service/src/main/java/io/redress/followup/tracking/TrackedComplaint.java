package io.redress.followup.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What follow-up knows of a complaint ({@code followup_complaint} table): who owns it and where it stands, so it can
 * ask the right person at the right time.
 */
@Entity
@Table(name = "followup_complaint")
public class TrackedComplaint extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 100)
    public String customerId;

    @Column(nullable = false, length = 20)
    public String stage;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "owner_id", length = 100)
    public String ownerId;

    @Column(name = "assigned_at")
    public Instant assignedAt;
}
