package io.redress.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * The owner put the problem right (emitted by resolution).
 *
 * @param fairSolutionAsked whether the customer was asked what they would consider fair
 * @param extraMile         what was added beyond the fix to make up for the customer's lost time
 * @param firstContact      resolved at the first contact, without the customer having to come back
 */
public record ComplaintResolved(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        Remedy remedy,
        @JsonProperty(required = true) boolean fairSolutionAsked,
        String extraMile,
        @JsonProperty(required = true) boolean firstContact,
        String summary) implements ComplaintLifecycleEvent {

    public ComplaintResolved {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.present(remedy, "remedy");
        Require.present(summary, "summary");
    }
}
