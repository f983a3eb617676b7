package io.redress.followup.sending;

import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintNotification;
import io.redress.events.ComplaintNotification.Recipient;
import io.redress.events.FollowUpSent;
import io.redress.events.SlaClock;
import io.redress.followup.policy.FollowUpPolicy;
import io.redress.followup.tracking.FollowUp;
import io.redress.followup.tracking.FollowUpCase;
import io.redress.followup.tracking.FollowUpStage;
import io.redress.followup.tracking.Slot;
import io.redress.followup.tracking.TrackedComplaint;
import java.time.Instant;
import java.util.List;

/**
 * What a due timer of a complaint does, pure: a follow-up slot's timer sends its due follow-up ({@code FollowUpSent}
 * and one notification for the systems that write to people); the no-response timer closes an unanswered resolved
 * complaint ({@code ComplaintClosed NO_RESPONSE}). Nothing when the case moved on meanwhile.
 */
public final class Sending {

    private Sending() {
    }

    /** The events a timer fires and the notifications that go with them. */
    public record Fired(List<ComplaintLifecycleEvent> events, List<ComplaintNotification> notifications) {

        static final Fired NOTHING = new Fired(List.of(), List.of());
    }

    /** @param state the complaint's case as it stands when the timer fires; null when follow-up does not know it */
    public static Fired fire(Slot slot, FollowUpCase state, Instant now, FollowUpPolicy policy) {
        if (state == null || state.stage() == FollowUpStage.CLOSED) {
            return Fired.NOTHING;
        }
        TrackedComplaint complaint = state.complaint();
        if (slot == Slot.CLOSE_NO_RESPONSE) {
            return complaint.closeDueAt() != null && complaint.answer() == null
                    && state.stage() == FollowUpStage.RESOLVED
                    ? new Fired(List.of(new ComplaintClosed(complaint.complaintId(), now,
                            ClosureOutcome.NO_RESPONSE)), List.of()) : Fired.NOTHING;
        }
        return state.pending(slot).map(followUp -> new Fired(
                List.of(new FollowUpSent(complaint.complaintId(), now, followUp.followUpId(), followUp.kind())),
                List.of(notification(complaint, followUp, now, policy)))).orElse(Fired.NOTHING);
    }

    /** The notification of a follow-up: to whom, on which channel, with which template; nothing else personal. */
    static ComplaintNotification notification(TrackedComplaint complaint, FollowUp followUp, Instant now,
            FollowUpPolicy policy) {
        boolean owner = followUp.slot() == Slot.REMIND_ACKNOWLEDGE || followUp.slot() == Slot.REMIND_RESOLVE;
        Instant dueAt = switch (followUp.slot()) {
            case REMIND_ACKNOWLEDGE -> complaint.acknowledgeBy();
            case REMIND_RESOLVE, DELAY_NOTICE -> complaint.resolveBy();
            default -> null;
        };
        return new ComplaintNotification(followUp.followUpId(), complaint.complaintId(), complaint.customerId(),
                followUp.kind(), owner ? Recipient.OWNER : Recipient.CUSTOMER,
                owner ? policy.staffChannel() : policy.customerChannel(complaint.channel()), template(followUp),
                complaint.language(), complaint.ownerId(), complaint.ownerName(), dueAt, followUp.attempt(), now);
    }

    /** The template key of a follow-up, as listed in the notification's schema. */
    static String template(FollowUp followUp) {
        return switch (followUp.kind()) {
            case SATISFACTION_SURVEY -> followUp.attempt() == 1 ? "satisfaction-survey"
                    : "satisfaction-survey-reminder";
            case CHECK_IN -> "check-in";
            case OWNER_REMINDER -> followUp.clock() == SlaClock.ACKNOWLEDGE ? "owner-reminder-acknowledge"
                    : "owner-reminder-resolve";
            case DELAY_NOTICE -> "delay-notice";
        };
    }
}
