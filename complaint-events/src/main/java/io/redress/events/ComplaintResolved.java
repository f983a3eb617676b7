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
 * @param customerFairSolution what the customer said would be fair, in their own words: personal, encrypted with
 *                          the customer's data key in resolution; absent when they were not asked or said nothing
 */
public record ComplaintResolved(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        Remedy remedy,
        @JsonProperty(required = true) boolean fairSolutionAsked,
        String extraMile,
        @JsonProperty(required = true) boolean firstContact,
        String summary,
        String customerFairSolution) implements ComplaintLifecycleEvent {

    /** Without the customer's own words (as written before they were recorded). */
    public ComplaintResolved(UUID complaintId, Instant occurredAt, String ownerId, Remedy remedy,
            boolean fairSolutionAsked, String extraMile, boolean firstContact, String summary) {
        this(complaintId, occurredAt, ownerId, remedy, fairSolutionAsked, extraMile, firstContact, summary, null);
    }

    public ComplaintResolved {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.present(remedy, "remedy");
        Require.present(summary, "summary");
    }
}
