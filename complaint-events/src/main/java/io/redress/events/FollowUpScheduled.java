package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/** A survey, check-in or reminder was planned for a given time (emitted by followup). */
public record FollowUpScheduled(
        UUID complaintId,
        Instant occurredAt,
        UUID followUpId,
        FollowUpKind kind,
        Instant dueAt) implements ComplaintLifecycleEvent {

    public FollowUpScheduled {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(followUpId, "followUpId");
        Require.present(kind, "kind");
        Require.present(dueAt, "dueAt");
    }
}
