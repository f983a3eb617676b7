package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer said how satisfied they are with the resolution, and which of Gallup's four drivers they felt
 * (emitted by followup).
 *
 * @param score 1 (very unhappy) to 5 (very happy)
 */
public record SatisfactionRecorded(
        UUID complaintId,
        Instant occurredAt,
        @JsonProperty(required = true) int score,
        @JsonProperty(required = true) boolean ownershipTaken,
        @JsonProperty(required = true) boolean feltValued,
        @JsonProperty(required = true) boolean resolvedQuickly,
        @JsonProperty(required = true) boolean regretExpressed,
        String comment) implements ComplaintLifecycleEvent {

    public SatisfactionRecorded {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.between(score, 1, 5, "score");
    }
}
