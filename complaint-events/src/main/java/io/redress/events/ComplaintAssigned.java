package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One named owner took the complaint (emitted by resolution).
 *
 * @param rule            why this owner was chosen
 * @param previousOwnerId the owner before, when the complaint changed hands
 * @param acknowledgeBy   the acknowledge clock's due time (in the team's business hours), set when the complaint first
 *                        gets an owner; absent when the clocks do not change (a reassignment)
 * @param resolveBy       the resolve clock's due time, likewise
 * @param ownerName       the owner's name as customers may read it (the signature of follow-ups), from the roster;
 *                        absent when the roster names nobody (a team's queue) and in events before it was recorded
 */
public record ComplaintAssigned(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        String team,
        String rule,
        String previousOwnerId,
        Instant acknowledgeBy,
        Instant resolveBy,
        String ownerName) implements ComplaintLifecycleEvent {

    /** Without the owner's name (as written before it was recorded). */
    public ComplaintAssigned(UUID complaintId, Instant occurredAt, String ownerId, String team, String rule,
            String previousOwnerId, Instant acknowledgeBy, Instant resolveBy) {
        this(complaintId, occurredAt, ownerId, team, rule, previousOwnerId, acknowledgeBy, resolveBy, null);
    }

    /** Without the SLA due times (as written before they were recorded, and by a manual reassignment). */
    public ComplaintAssigned(UUID complaintId, Instant occurredAt, String ownerId, String team, String rule,
            String previousOwnerId) {
        this(complaintId, occurredAt, ownerId, team, rule, previousOwnerId, null, null, null);
    }

    public ComplaintAssigned {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.text(team, "team");
        Require.text(rule, "rule");
    }
}
