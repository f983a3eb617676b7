package io.redress.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One named owner took the complaint (emitted by resolution).
 *
 * @param rule            why this owner was chosen
 * @param previousOwnerId the owner before, when the complaint changed hands
 */
public record ComplaintAssigned(
        UUID complaintId,
        Instant occurredAt,
        String ownerId,
        String team,
        String rule,
        String previousOwnerId) implements ComplaintLifecycleEvent {

    public ComplaintAssigned {
        Require.present(complaintId, "complaintId");
        Require.present(occurredAt, "occurredAt");
        Require.text(ownerId, "ownerId");
        Require.text(team, "team");
        Require.text(rule, "rule");
    }
}
