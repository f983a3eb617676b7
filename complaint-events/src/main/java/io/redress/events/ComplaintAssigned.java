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
 */
public record ComplaintAssigned(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        String team,
        String rule,
        String previousOwnerId,
        Instant acknowledgeBy,
        Instant resolveBy) implements ComplaintLifecycleEvent {

    /** Without the SLA due times (as written before they were recorded, and by a manual reassignment). */
    public ComplaintAssigned(UUID complaintId, Instant occurredAt, String ownerId, String team, String rule,
            String previousOwnerId) {
        this(complaintId, occurredAt, ownerId, team, rule, previousOwnerId, null, null);
    }

    public ComplaintAssigned {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.text(team, "team");
        Require.text(rule, "rule");
    }
}
