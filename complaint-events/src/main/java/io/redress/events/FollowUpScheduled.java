package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A survey, check-in, reminder or delay notice was planned for a given time (emitted by followup).
 *
 * @param clock for an {@code OWNER_REMINDER}, the SLA clock it reminds of (its due time minus a lead); absent for
 *              the other kinds
 */
public record FollowUpScheduled(
        UUID complaintId,
        Instant occurredAt,
        UUID followUpId,
        FollowUpKind kind,
        Instant dueAt,
        SlaClock clock) implements ComplaintLifecycleEvent {

    /** A follow-up that is not an owner's reminder. */
    public FollowUpScheduled(UUID complaintId, Instant occurredAt, UUID followUpId, FollowUpKind kind, Instant dueAt) {
        this(complaintId, occurredAt, followUpId, kind, dueAt, null);
    }

    public FollowUpScheduled {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(followUpId, "followUpId");
        Require.present(kind, "kind");
        Require.present(dueAt, "dueAt");
    }
}
