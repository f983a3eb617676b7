package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/** The complaint's life ended, with how the customer felt about it (emitted by followup). */
public record ComplaintClosed(
        UUID complaintId,
        Instant occurredAt,
        ClosureOutcome outcome) implements ComplaintLifecycleEvent {

    public ComplaintClosed {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(outcome, "outcome");
    }
}
