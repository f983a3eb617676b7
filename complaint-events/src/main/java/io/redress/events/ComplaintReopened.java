package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A resolved or closed complaint went back to work (emitted by resolution).
 *
 * @param acknowledgeBy the restarted acknowledge clock's due time (in the team's business hours)
 * @param resolveBy     the restarted resolve clock's due time
 */
public record ComplaintReopened(
        UUID complaintId,
        Instant occurredAt,
        String reason,
        String requestedBy,
        Instant acknowledgeBy,
        Instant resolveBy) implements ComplaintLifecycleEvent {

    /** Without the SLA due times (as written before they were recorded). */
    public ComplaintReopened(UUID complaintId, Instant occurredAt, String reason, String requestedBy) {
        this(complaintId, occurredAt, reason, requestedBy, null, null);
    }

    public ComplaintReopened {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(reason, "reason");
        Require.text(requestedBy, "requestedBy");
    }
}
