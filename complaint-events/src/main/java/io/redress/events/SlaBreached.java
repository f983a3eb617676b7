package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/** A promised deadline passed without the promised step (emitted by resolution). */
public record SlaBreached(
        UUID complaintId,
        Instant occurredAt,
        SlaClock clock,
        Instant dueAt) implements ComplaintLifecycleEvent {

    public SlaBreached {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(clock, "clock");
        Require.present(dueAt, "dueAt");
    }
}
