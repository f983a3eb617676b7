package io.redress.followup.tracking;

import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * What follow-up knows of one complaint, one row of {@code followup_complaint} ({@link TrackedComplaintRows}): who
 * to write to and how, who owns it, its SLA due times, where its current resolution's survey stands, and how it
 * ended. Folded with its follow-ups by {@link FollowUpTrail#evolve}.
 *
 * @param assignedAt   when the complaint first got an owner; later reassignments keep it
 * @param acknowledgedAt the latest acknowledgement (likewise {@code resolvedAt}, {@code reopenedAt}): a follow-up
 *                     planned before one of them that cancels it, but on the log after it, is recorded cancelled
 * @param surveysSent  surveys sent since the latest resolution
 * @param checkInSent  whether the latest resolution's check-in went out
 * @param answer       the customer's answer to the latest resolution's survey; null before it
 * @param closeDueAt   when the complaint closes without an answer (the last survey went out unanswered); null when
 *                     no such close is pending
 */
public record TrackedComplaint(
        UUID complaintId,
        String customerId,
        Channel channel,
        String language,
        Severity severity,
        FollowUpStage stage,
        Instant receivedAt,
        String ownerId,
        String ownerName,
        Instant assignedAt,
        Instant acknowledgeBy,
        Instant resolveBy,
        Instant acknowledgedAt,
        Instant resolvedAt,
        Instant reopenedAt,
        int reopenCount,
        int surveysSent,
        boolean checkInSent,
        Answer answer,
        Instant closeDueAt,
        ClosureOutcome outcome,
        Instant closedAt) {

    /**
     * The customer's answer to a survey: the score, Gallup's four drivers and their words.
     *
     * @param comment sealed with the customer's data key in followup, as on the log
     */
    public record Answer(int score, boolean ownershipTaken, boolean feltValued, boolean resolvedQuickly,
            boolean regretExpressed, String comment, Instant recordedAt) {
    }

    static TrackedComplaint filed(UUID complaintId, String customerId, Channel channel, String language,
            Severity severity, Instant receivedAt) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, FollowUpStage.FILED,
                receivedAt, null, null, null, null, null, null, null, null, 0, 0, false, null, null, null, null);
    }

    TrackedComplaint owned(String owner, String name, Instant at, Instant acknowledgeDue, Instant resolveDue) {
        FollowUpStage next = stage == FollowUpStage.FILED ? FollowUpStage.ASSIGNED : stage;
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, next, receivedAt, owner,
                name, assignedAt == null ? at : assignedAt, acknowledgeDue != null ? acknowledgeDue : acknowledgeBy,
                resolveDue != null ? resolveDue : resolveBy, acknowledgedAt, resolvedAt, reopenedAt, reopenCount,
                surveysSent, checkInSent, answer, closeDueAt, outcome, closedAt);
    }

    TrackedComplaint acknowledged(Instant at, Instant resolveDue) {
        FollowUpStage next = stage == FollowUpStage.ASSIGNED || stage == FollowUpStage.REOPENED
                ? FollowUpStage.ACKNOWLEDGED : stage;
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, next, receivedAt, ownerId,
                ownerName, assignedAt, acknowledgeBy, resolveDue != null ? resolveDue : resolveBy, at, resolvedAt,
                reopenedAt, reopenCount, surveysSent, checkInSent, answer, closeDueAt, outcome, closedAt);
    }

    /** A new resolution: its survey round starts afresh. */
    TrackedComplaint resolved(Instant at) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, FollowUpStage.RESOLVED,
                receivedAt, ownerId, ownerName, assignedAt, acknowledgeBy, resolveBy, acknowledgedAt, at, reopenedAt,
                reopenCount, 0, false, null, null, outcome, closedAt);
    }

    TrackedComplaint reopened(Instant at, Instant acknowledgeDue, Instant resolveDue) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, FollowUpStage.REOPENED,
                receivedAt, ownerId, ownerName, assignedAt, acknowledgeDue, resolveDue, acknowledgedAt, resolvedAt, at,
                reopenCount + 1, surveysSent, checkInSent, answer, null, null, null);
    }

    TrackedComplaint surveySent(Instant closesAt) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, stage, receivedAt, ownerId,
                ownerName, assignedAt, acknowledgeBy, resolveBy, acknowledgedAt, resolvedAt, reopenedAt, reopenCount,
                surveysSent + 1, checkInSent, answer, closesAt, outcome, closedAt);
    }

    TrackedComplaint checkedIn() {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, stage, receivedAt, ownerId,
                ownerName, assignedAt, acknowledgeBy, resolveBy, acknowledgedAt, resolvedAt, reopenedAt, reopenCount,
                surveysSent, true, answer, closeDueAt, outcome, closedAt);
    }

    TrackedComplaint answered(Answer given) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, stage, receivedAt, ownerId,
                ownerName, assignedAt, acknowledgeBy, resolveBy, acknowledgedAt, resolvedAt, reopenedAt, reopenCount,
                surveysSent, checkInSent, given, null, outcome, closedAt);
    }

    TrackedComplaint closed(ClosureOutcome how, Instant at) {
        return new TrackedComplaint(complaintId, customerId, channel, language, severity, FollowUpStage.CLOSED,
                receivedAt, ownerId, ownerName, assignedAt, acknowledgeBy, resolveBy, acknowledgedAt, resolvedAt,
                reopenedAt, reopenCount, surveysSent, checkInSent, answer, null, how, at);
    }
}
