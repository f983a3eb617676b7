package io.redress.analytics.summary;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One row per complaint with the facts analysts slice by ({@code analytics_complaint} table); every time in it is an
 * event time, so a replay gives the same rows.
 */
@Entity
@Table(name = "analytics_complaint", indexes = @Index(name = "analytics_complaint_received", columnList = "received_at"))
public class ComplaintFact extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 100)
    public String customerId;

    @Column(nullable = false, length = 20)
    public String channel;

    @Column(nullable = false, length = 100)
    public String category;

    @Column(nullable = false, length = 20)
    public String severity;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "owner_id", length = 100)
    public String ownerId;

    @Column(name = "assigned_at")
    public Instant assignedAt;
}
