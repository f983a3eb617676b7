package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer said how satisfied they are with the resolution, and which of Gallup's four drivers they felt
 * (emitted by followup).
 *
 * @param score  1 (very unhappy) to 5 (very happy)
 * @param comment the customer's words: personal, encrypted with the customer's data key in followup
 * @param reopen  whether resolution reopens the complaint: followup sets it for a score of 2 or less while the
 *                allowed reopenings are not used up (false once they are: the complaint closes dissatisfied);
 *                absent in events written before it was recorded, where a score of 2 or less reopens
 */
public record SatisfactionRecorded(
        UUID complaintId,
        Instant occurredAt,
        @JsonProperty(required = true) int score,
        @JsonProperty(required = true) boolean ownershipTaken,
        @JsonProperty(required = true) boolean feltValued,
        @JsonProperty(required = true) boolean resolvedQuickly,
        @JsonProperty(required = true) boolean regretExpressed,
        String comment,
        Boolean reopen) implements ComplaintLifecycleEvent {

    /** Scores at or below this mean the customer is unhappy with the resolution. */
    public static final int UNHAPPY = 2;

    /** Without the reopening decision (as written before it was recorded). */
    public SatisfactionRecorded(UUID complaintId, Instant occurredAt, int score, boolean ownershipTaken,
            boolean feltValued, boolean resolvedQuickly, boolean regretExpressed, String comment) {
        this(complaintId, occurredAt, score, ownershipTaken, feltValued, resolvedQuickly, regretExpressed, comment,
                null);
    }

    /** Whether this answer sends the complaint back to work. */
    public boolean reopens() {
        return reopen != null ? reopen : score <= UNHAPPY;
    }

    public SatisfactionRecorded {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.between(score, 1, 5, "score");
    }
}
