package io.redress.resolution.lifecycle;

import io.redress.events.Severity;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/**
 * Resolution's state of one complaint, folded from its events by {@link Complaint#evolve}, stored as one row of
 * {@code resolution_complaint} (see {@code view.ComplaintRows}).
 *
 * @param escalationLevel how many times the complaint went up a level (beside the status, not a status)
 */
public record ComplaintState(
        UUID complaintId,
        ComplaintStatus status,
        String customerId,
        String category,
        Severity severity,
        Instant receivedAt,
        @Schema(nullable = true, description = "Null until the complaint has an owner") String ownerId,
        @Schema(nullable = true, description = "Null until the complaint has an owner") String team,
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
