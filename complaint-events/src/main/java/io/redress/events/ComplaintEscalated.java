package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** The complaint went one level up, to someone with more authority (emitted by resolution). */
public record ComplaintEscalated(
        UUID complaintId,
        Instant occurredAt,
        @JsonProperty(required = true) int level,
        String escalatedTo,
        String reason) implements ComplaintLifecycleEvent {

    public ComplaintEscalated {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        if (level < 1) {
            throw new IllegalArgumentException("field 'level' must be at least 1");
        }
        Require.text(escalatedTo, "escalatedTo");
        Require.text(reason, "reason");
    }
}
