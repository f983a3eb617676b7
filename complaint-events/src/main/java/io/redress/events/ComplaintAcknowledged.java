package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** The owner told the customer they have it in hand, with or without an apology (emitted by resolution). */
public record ComplaintAcknowledged(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        @JsonProperty(required = true) boolean apologized,
        String message) implements ComplaintLifecycleEvent {

    public ComplaintAcknowledged {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.present(message, "message");
    }
}
