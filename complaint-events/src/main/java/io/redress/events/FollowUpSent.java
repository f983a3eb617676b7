package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/** A scheduled follow-up went out on complaint-notifications (emitted by followup). */
public record FollowUpSent(
        UUID complaintId,
        Instant occurredAt,
        UUID followUpId,
        FollowUpKind kind) implements ComplaintLifecycleEvent {

    public FollowUpSent {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(followUpId, "followUpId");
        Require.present(kind, "kind");
    }
}
