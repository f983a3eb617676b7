package io.redress.followup.tracking;

import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaClock;
import io.redress.followup.policy.FollowUpPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What follow-up does in answer to an event it folded, pure: the follow-ups it plans ({@code FollowUpScheduled}) and
 * the closings it decides ({@code ComplaintClosed}); and which timers the fold sets or cancels. Reactions are only
 * sent for live events; in a replay they are on the log already.
 *
 * <ul>
 * <li>an assignment or a reopening with due times: a reminder to the owner before each, and a delay notice to the
 * customer before the promised resolution; an acknowledgement that moves the promise plans those two again;</li>
 * <li>a resolution: the survey at once and the check-in later (per severity);</li>
 * <li>a survey sent unanswered: its re-send, while re-sends remain;</li>
 * <li>a check-in sent after an answer of 3 or more, or an answer of 3 or more after the check-in: closed,
 * {@code SATISFIED} for 4 or 5, {@code DISSATISFIED} for 3; an answer of 2 or less that does not reopen (the
 * reopenings are used up): closed {@code DISSATISFIED}.</li>
 * </ul>
 */
public final class Planner {

    private Planner() {
    }

    /** A timer to set (at {@code dueAt}) or cancel ({@code dueAt} null) for one slot. */
    public record TimerPlan(Slot slot, Instant dueAt) {
    }

    /**
     * @param before  the case before the event
     * @param after   the case the event folded into
     * @param causeId the event's id: follow-up ids derive from it, so a batch decided twice plans the same ones
     */
    public static List<ComplaintLifecycleEvent> react(FollowUpCase before, FollowUpCase after,
            ComplaintLifecycleEvent event, UUID causeId, FollowUpPolicy policy) {
        Instant at = event.occurredAt();
        TrackedComplaint complaint = after.complaint();
        boolean resolved = complaint.stage() == FollowUpStage.RESOLVED;
        List<ComplaintLifecycleEvent> planned = new ArrayList<>();
        switch (event) {
            case ComplaintAssigned assigned when working(complaint) -> reminders(planned, complaint, at,
                    assigned.acknowledgeBy(), assigned.resolveBy(), causeId, policy);
            case ComplaintAcknowledged acknowledged when working(complaint) && acknowledged.resolveBy() != null
                    && before != null && !acknowledged.resolveBy().equals(before.complaint().resolveBy()) ->
                    reminders(planned, complaint, at, null, acknowledged.resolveBy(), causeId, policy);
            case ComplaintReopened reopened -> reminders(planned, complaint, at, reopened.acknowledgeBy(),
                    reopened.resolveBy(), causeId, policy);
            case ComplaintResolved resolution -> {
                planned.add(plan(complaint, at, Slot.SURVEY, at, causeId));
                planned.add(plan(complaint, at, Slot.CHECK_IN, at.plus(policy.checkInAfter(complaint.severity())),
                        causeId));
            }
            case FollowUpSent sent when resolved && sent.kind() == FollowUpKind.SATISFACTION_SURVEY
                    && complaint.answer() == null && complaint.closeDueAt() == null ->
                    planned.add(plan(complaint, at, Slot.SURVEY, at.plus(policy.surveyResendAfter()), causeId));
            case FollowUpSent sent when resolved && sent.kind() == FollowUpKind.CHECK_IN
                    && complaint.answer() != null && complaint.answer().score() > SatisfactionRecorded.UNHAPPY ->
                    planned.add(closed(complaint, at, complaint.answer().score()));
            case SatisfactionRecorded answer when resolved && answer.score() <= SatisfactionRecorded.UNHAPPY
                    && !answer.reopens() -> planned.add(new ComplaintClosed(complaint.complaintId(), at,
                    ClosureOutcome.DISSATISFIED));
            case SatisfactionRecorded answer when resolved && answer.score() > SatisfactionRecorded.UNHAPPY
                    && complaint.checkInSent() -> planned.add(closed(complaint, at, answer.score()));
            default -> {
            }
        }
        return planned;
    }

    /** The timers to change from one case to the next: each slot whose time moved is set again or cancelled. */
    public static List<TimerPlan> timers(FollowUpCase before, FollowUpCase after) {
        Map<Slot, Instant> was = before == null ? Map.of() : before.timers();
        Map<Slot, Instant> now = after.timers();
        List<TimerPlan> plans = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            if (!Objects.equals(now.get(slot), was.get(slot))) {
                plans.add(new TimerPlan(slot, now.get(slot)));
            }
        }
        return plans;
    }

    /**
     * When to remind before a due time: {@code lead} before it, but never in the first half of the time there is
     * (a one-hour clock is not reminded of at once).
     */
    static Instant before(Instant due, Instant now, Duration lead) {
        Instant halfway = now.plus(Duration.between(now, due).dividedBy(2));
        Instant early = due.minus(lead);
        return early.isAfter(halfway) ? early : halfway;
    }

    /** The customer keeps the complaint open (not resolved or closed): reminders make sense. */
    private static boolean working(TrackedComplaint complaint) {
        return complaint.stage() != FollowUpStage.RESOLVED && complaint.stage() != FollowUpStage.CLOSED;
    }

    private static void reminders(List<ComplaintLifecycleEvent> planned, TrackedComplaint complaint, Instant at,
            Instant acknowledgeBy, Instant resolveBy, UUID causeId, FollowUpPolicy policy) {
        if (acknowledgeBy != null && acknowledgeBy.isAfter(at) && complaint.stage() != FollowUpStage.ACKNOWLEDGED) {
            planned.add(plan(complaint, at, Slot.REMIND_ACKNOWLEDGE,
                    before(acknowledgeBy, at, policy.ownerReminderBefore()), causeId));
        }
        if (resolveBy != null && resolveBy.isAfter(at)) {
            planned.add(plan(complaint, at, Slot.REMIND_RESOLVE, before(resolveBy, at, policy.ownerReminderBefore()),
                    causeId));
            planned.add(plan(complaint, at, Slot.DELAY_NOTICE, before(resolveBy, at, policy.delayNoticeBefore()),
                    causeId));
        }
    }

    private static FollowUpScheduled plan(TrackedComplaint complaint, Instant at, Slot slot, Instant dueAt,
            UUID causeId) {
        UUID id = UUID.nameUUIDFromBytes(("follow-up/" + causeId + "/" + slot.timer())
                .getBytes(StandardCharsets.UTF_8));
        return switch (slot) {
            case SURVEY -> new FollowUpScheduled(complaint.complaintId(), at, id, FollowUpKind.SATISFACTION_SURVEY,
                    dueAt);
            case CHECK_IN -> new FollowUpScheduled(complaint.complaintId(), at, id, FollowUpKind.CHECK_IN, dueAt);
            case REMIND_ACKNOWLEDGE -> new FollowUpScheduled(complaint.complaintId(), at, id,
                    FollowUpKind.OWNER_REMINDER, dueAt, SlaClock.ACKNOWLEDGE);
            case REMIND_RESOLVE -> new FollowUpScheduled(complaint.complaintId(), at, id, FollowUpKind.OWNER_REMINDER,
                    dueAt, SlaClock.RESOLVE);
            case DELAY_NOTICE -> new FollowUpScheduled(complaint.complaintId(), at, id, FollowUpKind.DELAY_NOTICE,
                    dueAt);
            case CLOSE_NO_RESPONSE -> throw new IllegalArgumentException("the no-response close is no follow-up");
        };
    }

    private static ComplaintClosed closed(TrackedComplaint complaint, Instant at, int score) {
        return new ComplaintClosed(complaint.complaintId(), at,
                score >= 4 ? ClosureOutcome.SATISFIED : ClosureOutcome.DISSATISFIED);
    }
}
