package io.redress.followup.view;

import io.redress.core.privacy.DataKeyStore;
import io.redress.events.ClosureOutcome;
import io.redress.events.FollowUpKind;
import io.redress.events.SlaClock;
import io.redress.followup.tracking.FollowUp;
import io.redress.followup.tracking.FollowUpCase;
import io.redress.followup.tracking.FollowUpStage;
import io.redress.followup.tracking.FollowUpStatus;
import io.redress.followup.tracking.TrackedComplaint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint as follow-up knows it: its stage, owner, due times, the latest resolution's survey answer (the comment
 * opened with the customer's data key, null once erased), how it closed, and every follow-up with its status.
 */
public record ComplaintFollowUps(
        UUID complaintId,
        FollowUpStage stage,
        @Schema(nullable = true) String ownerId,
        @Schema(nullable = true) String ownerName,
        @Schema(nullable = true) Instant assignedAt,
        @Schema(nullable = true, description = "The acknowledge clock's due time") Instant acknowledgeBy,
        @Schema(nullable = true, description = "The resolve clock's due time, as promised") Instant resolveBy,
        @Schema(nullable = true, description = "The latest resolution") Instant resolvedAt,
        int reopenCount,
        @Schema(description = "Surveys sent since the latest resolution") int surveysSent,
        boolean checkInSent,
        @Schema(nullable = true, description = "The answer to the latest resolution's survey") Satisfaction satisfaction,
        @Schema(nullable = true, description = "When it closes NO_RESPONSE unless the customer answers")
        Instant closesWithoutAnswerAt,
        @Schema(nullable = true) ClosureOutcome outcome,
        @Schema(nullable = true) Instant closedAt,
        @Schema(description = "Every follow-up, in the order they were planned") List<Item> followUps) {

    /**
     * The customer's answer.
     *
     * @param comment their words, opened with their data key; null when they gave none or their data was erased
     * @param erased  whether their personal data was erased (a comment they gave is unreadable)
     */
    public record Satisfaction(int score, boolean ownershipTaken, boolean feltValued, boolean resolvedQuickly,
            boolean regretExpressed, @Schema(nullable = true) String comment, boolean erased, Instant recordedAt) {
    }

    /** One follow-up. */
    public record Item(UUID followUpId, FollowUpKind kind,
            @Schema(nullable = true, description = "For an OWNER_REMINDER, the clock it reminds of") SlaClock clock,
            int attempt, FollowUpStatus status, Instant scheduledAt, Instant dueAt,
            @Schema(nullable = true) Instant sentAt, @Schema(nullable = true) Instant cancelledAt,
            @Schema(nullable = true, description = "What cancelled it: acknowledged, resolved, reopened, answered, "
                    + "replaced, closed") String cancelReason) {

        static Item of(FollowUp f) {
            return new Item(f.followUpId(), f.kind(), f.clock(), f.attempt(), f.status(), f.scheduledAt(), f.dueAt(),
                    f.sentAt(), f.cancelledAt(), f.cancelReason());
        }
    }

    /** @param key the customer's data key in follow-up, null when there is none (never made, or erased) */
    public static ComplaintFollowUps of(FollowUpCase state, DataKeyStore.DataKey key) {
        TrackedComplaint c = state.complaint();
        Satisfaction satisfaction = null;
        if (c.answer() != null) {
            TrackedComplaint.Answer a = c.answer();
            String comment = a.comment() == null || key == null ? null
                    : key.open(a.comment(), c.customerId()).orElse(null);
            satisfaction = new Satisfaction(a.score(), a.ownershipTaken(), a.feltValued(), a.resolvedQuickly(),
                    a.regretExpressed(), comment, a.comment() != null && comment == null, a.recordedAt());
        }
        return new ComplaintFollowUps(c.complaintId(), c.stage(), c.ownerId(), c.ownerName(), c.assignedAt(),
                c.acknowledgeBy(), c.resolveBy(), c.resolvedAt(), c.reopenCount(), c.surveysSent(), c.checkInSent(),
                satisfaction, c.closeDueAt(), c.outcome(), c.closedAt(),
                state.followUps().stream().map(Item::of).toList());
    }
}
