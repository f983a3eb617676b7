package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/** A resolved or closed complaint went back to work (emitted by resolution). */
public record ComplaintReopened(
        UUID complaintId,
        Instant occurredAt,
        String reason,
        String requestedBy) implements ComplaintLifecycleEvent {

    public ComplaintReopened {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(reason, "reason");
        Require.text(requestedBy, "requestedBy");
    }
}
