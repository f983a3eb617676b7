package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The owner told the customer they have it in hand, with or without an apology (emitted by resolution).
 *
 * @param actedBy who acknowledged (the subject of their token): the owner, or a supervisor on their behalf; absent
 *                in events written before it was recorded
 * @param resolveBy when the customer can expect a solution: the resolve clock's due time, in the owner's team's
 *                  business hours; absent in events written before it was recorded
 */
public record ComplaintAcknowledged(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        @JsonProperty(required = true) boolean apologized,
        String message,
        String actedBy,
        Instant resolveBy) implements ComplaintLifecycleEvent {

    /** An acknowledgement without the promised resolution time (as written before it was recorded). */
    public ComplaintAcknowledged(UUID complaintId, Instant occurredAt, String ownerId, boolean apologized,
            String message, String actedBy) {
        this(complaintId, occurredAt, ownerId, apologized, message, actedBy, null);
    }

    public ComplaintAcknowledged {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.present(message, "message");
    }
}
