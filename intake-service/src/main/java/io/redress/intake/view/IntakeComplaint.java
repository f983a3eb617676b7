package io.redress.intake.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.redress.events.Channel;
import io.redress.events.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Intake's row per complaint ({@code intake_complaint} table), folded from ComplaintFiled and ContactLogged. The
 * personal fields are kept as the log has them (encrypted with the customer's data key; plain in events from before
 * encryption) and opened when read. When the customer's personal data is erased, they become null and
 * {@code erased} true.
 */
@Entity
@Table(name = "intake_complaint", indexes = @Index(name = "intake_complaint_customer", columnList = "customer_id"))
public class IntakeComplaint extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 100)
    public String customerId;

    @Column(name = "customer_name", columnDefinition = "text")
    public String customerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(nullable = false, length = 100)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Severity severity;

    @Column(columnDefinition = "text")
    public String description;

    @Column(length = 100)
    public String product;

    @Column(length = 100)
    public String component;

    @Column(name = "component_version", length = 50)
    public String componentVersion;

    @Column(name = "employee_id", length = 100)
    public String employeeId;

    @Column(name = "problem_occurred_at")
    public Instant problemOccurredAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "external_ref", length = 200)
    public String externalRef;

    @Column(name = "customer_lifetime_value", precision = 19, scale = 2)
    public BigDecimal customerLifetimeValue;

    @Column(name = "prior_complaints", nullable = false)
    public int priorComplaints;

    @Column(name = "contact_count", nullable = false)
    public int contactCount;

    @Column(nullable = false)
    public boolean closed;

    /** Whether the customer's personal fields were erased (they are null then). */
    @Column(nullable = false)
    public boolean erased;
}
