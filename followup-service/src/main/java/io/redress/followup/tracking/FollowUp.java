package io.redress.followup.tracking;

import io.redress.events.FollowUpKind;
import io.redress.events.SlaClock;
import java.time.Instant;
import java.util.UUID;

/**
 * One follow-up of a complaint, a row of {@code followup_follow_up}: planned by {@code FollowUpScheduled}, sent by
 * {@code FollowUpSent}, or cancelled by what happened to the complaint (the reason says what).
 *
 * @param attempt 1 for a complaint's first survey after a resolution, 2 for its first re-send...; 1 for the others
 */
public record FollowUp(
        UUID complaintId,
        UUID followUpId,
        FollowUpKind kind,
        SlaClock clock,
        int attempt,
        FollowUpStatus status,
        Instant scheduledAt,
        Instant dueAt,
        Instant sentAt,
        Instant cancelledAt,
        String cancelReason) {

    public Slot slot() {
        return Slot.of(kind, clock);
    }

    public boolean due() {
        return status == FollowUpStatus.DUE;
    }

    FollowUp sent(Instant at) {
        return new FollowUp(complaintId, followUpId, kind, clock, attempt, FollowUpStatus.SENT, scheduledAt, dueAt, at,
                null, null);
    }

    FollowUp cancelled(Instant at, String reason) {
        return new FollowUp(complaintId, followUpId, kind, clock, attempt, FollowUpStatus.CANCELLED, scheduledAt,
                dueAt, null, at, reason);
    }
}
