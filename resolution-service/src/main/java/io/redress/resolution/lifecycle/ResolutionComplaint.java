package io.redress.resolution.lifecycle;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Resolution's row per complaint ({@code resolution_complaint} table): the stored form of {@link ComplaintState}. */
@Entity
@Table(name = "resolution_complaint", indexes = @Index(name = "resolution_complaint_owner", columnList = "owner_id"))
public class ResolutionComplaint extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ComplaintStatus status;

    @Column(name = "customer_id", nullable = false, length = 100)
    public String customerId;

    @Column(nullable = false, length = 100)
    public String category;

    @Column(nullable = false, length = 20)
    public String severity;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "owner_id", length = 100)
    public String ownerId;

    @Column(length = 100)
    public String team;

    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    public ComplaintState toState() {
        return new ComplaintState(complaintId, status, customerId, category, severity, receivedAt, ownerId, team,
                escalationLevel);
    }

    public ResolutionComplaint set(ComplaintState state) {
        complaintId = state.complaintId();
        status = state.status();
        customerId = state.customerId();
        category = state.category();
        severity = state.severity();
        receivedAt = state.receivedAt();
        ownerId = state.ownerId();
        team = state.team();
        escalationLevel = state.escalationLevel();
        return this;
    }
}
