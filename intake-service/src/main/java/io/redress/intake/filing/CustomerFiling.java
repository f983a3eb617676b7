package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One complaint in a customer's history as intake decides on it ({@code intake_customer_filing} table): written in
 * the transaction that files the complaint, under a per-customer lock, so the next filing counts it whatever the
 * consumer lag. The projection adds complaints filed by other writers of the log; a rebuild leaves the table alone.
 */
@Entity
@Table(name = "intake_customer_filing",
        indexes = @Index(name = "intake_customer_filing_customer", columnList = "customer_id, received_at"))
public class CustomerFiling extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 100)
    public String customerId;

    @Column(nullable = false, length = 100)
    public String category;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static CustomerFiling of(UUID complaintId, String customerId, String category, Instant receivedAt) {
        CustomerFiling row = new CustomerFiling();
        row.complaintId = complaintId;
        row.customerId = customerId;
        row.category = category;
        row.receivedAt = receivedAt;
        return row;
    }
}
