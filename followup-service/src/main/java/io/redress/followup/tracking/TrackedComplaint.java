package io.redress.followup.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * What follow-up knows of one complaint, folded from its events by {@link FollowUpTrail#evolve} and stored as one row
 * of {@code followup_complaint} ({@link TrackedComplaintRows}): who owns it and where it stands, so it can ask the
 * right person at the right time.
 *
 * @param assignedAt when the complaint first got an owner; later reassignments keep it
 */
public record TrackedComplaint(
        UUID complaintId,
        String customerId,
        FollowUpStage stage,
        Instant receivedAt,
        String ownerId,
        Instant assignedAt) {

    /** The complaint with a new owner; the first assignment's time stays, and a filed complaint becomes assigned. */
    public TrackedComplaint assignedTo(String owner, Instant at) {
        FollowUpStage next = stage == FollowUpStage.FILED ? FollowUpStage.ASSIGNED : stage;
        return new TrackedComplaint(complaintId, customerId, next, receivedAt, owner,
                assignedAt == null ? at : assignedAt);
    }
}
