package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer got in touch again about a complaint (emitted by intake).
 *
 * @param contactCount how many times the customer has had to ask about this complaint, this contact included
 */
public record ContactLogged(
        UUID complaintId,
        Instant occurredAt,
        Channel channel,
        String note,
        @JsonProperty(required = true) int contactCount) implements ComplaintLifecycleEvent {

    public ContactLogged {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.present(channel, "channel");
        Require.present(note, "note");
        if (contactCount < 1) {
            throw new IllegalArgumentException("field 'contactCount' must be at least 1");
        }
    }
}
