package io.redress.resolution.lifecycle;

import java.time.Instant;
import java.util.UUID;

/**
 * Resolution's state of one complaint, folded from its events by {@link Complaint#evolve}.
 *
 * @param escalationLevel how many times the complaint went up a level (beside the status, not a status)
 */
public record ComplaintState(
        UUID complaintId,
        ComplaintStatus status,
        String customerId,
        String category,
        String severity,
        Instant receivedAt,
        String ownerId,
        String team,
        int escalationLevel) {

    public ComplaintState withStatus(ComplaintStatus next) {
        return new ComplaintState(complaintId, next, customerId, category, severity, receivedAt, ownerId, team,
                escalationLevel);
    }

    public ComplaintState withOwner(String owner, String ownerTeam, ComplaintStatus next) {
        return new ComplaintState(complaintId, next, customerId, category, severity, receivedAt, owner, ownerTeam,
                escalationLevel);
    }
}
