package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's complaint entered Redress (emitted by intake).
 *
 * @param receivedAt      when the customer made contact, as the source system recorded it
 * @param employeeId      the staff member who served the customer when the problem arose
 * @param priorComplaints this customer's complaints in the 365 days before this one (incident rate), as intake
 *                        knew them when it filed this one
 * @param language        the language follow-ups should use (BCP 47), when the source system knew it
 */
public record ComplaintFiled(
        UUID complaintId,
        Instant occurredAt,
        String customerId,
        String customerName,
        Channel channel,
        String category,
        Severity severity,
        String description,
        String product,
        String component,
        String componentVersion,
        String employeeId,
        Instant problemOccurredAt,
        Instant receivedAt,
        String externalRef,
        BigDecimal customerLifetimeValue,
        @JsonProperty(required = true) int priorComplaints,
        List<UUID> similarOpenComplaintIds,
        String language) implements ComplaintLifecycleEvent {

    public ComplaintFiled {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(customerId, "customerId");
        Require.present(channel, "channel");
        Require.text(category, "category");
        Require.present(severity, "severity");
        Require.text(description, "description");
        Require.present(receivedAt, "receivedAt");
        if (priorComplaints < 0) {
            throw new IllegalArgumentException("field 'priorComplaints' must not be negative");
        }
        similarOpenComplaintIds = Require.listOrEmpty(similarOpenComplaintIds, "similarOpenComplaintIds");
    }

    /** A filing without a known language. */
    public ComplaintFiled(UUID complaintId, Instant occurredAt, String customerId, String customerName,
            Channel channel, String category, Severity severity, String description, String product, String component,
            String componentVersion, String employeeId, Instant problemOccurredAt, Instant receivedAt,
            String externalRef, BigDecimal customerLifetimeValue, int priorComplaints,
            List<UUID> similarOpenComplaintIds) {
        this(complaintId, occurredAt, customerId, customerName, channel, category, severity, description, product,
                component, componentVersion, employeeId, problemOccurredAt, receivedAt, externalRef,
                customerLifetimeValue, priorComplaints, similarOpenComplaintIds, null);
    }
}
