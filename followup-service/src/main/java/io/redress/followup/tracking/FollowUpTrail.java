package io.redress.followup.tracking;

import io.redress.core.view.Evolution;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.redress.followup.policy.FollowUpPolicy;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Set;

/**
 * The pure fold of a complaint's follow-ups ({@link FollowUpCase}): {@code evolve(case, event, policy)} gives the
 * next case, or why the event does not fit it, the same way on every replay. Follow-ups are planned by
 * {@code FollowUpScheduled} and sent by {@code FollowUpSent}; they are cancelled by what happens to the complaint
 * (an acknowledgement its reminder, a resolution the reminders and the delay notice, a reopening the surveys and the
 * check-in, an answer the re-sends, a closing everything). What to plan or close in answer is {@link Planner}'s.
 */
public final class FollowUpTrail {

    private static final Set<Slot> REMINDERS = EnumSet.of(Slot.REMIND_ACKNOWLEDGE, Slot.REMIND_RESOLVE,
            Slot.DELAY_NOTICE);
    private static final Set<Slot> ASKING = EnumSet.of(Slot.SURVEY, Slot.CHECK_IN);

    private FollowUpTrail() {
    }

    /** @param state the complaint so far, null before its ComplaintFiled */
    public static Evolution<FollowUpCase> evolve(FollowUpCase state, ComplaintLifecycleEvent event,
            FollowUpPolicy policy) {
        if (event instanceof ComplaintFiled filed) {
            return state != null ? new Evolution.Ignored<>("complaint already filed")
                    : new Evolution.Next<>(new FollowUpCase(TrackedComplaint.filed(filed.complaintId(),
                            filed.customerId(), filed.channel(), filed.language(), filed.severity(),
                            filed.receivedAt()), List.of()));
        }
        if (state == null) {
            return new Evolution.Ignored<>("unknown complaint " + event.complaintId());
        }
        TrackedComplaint complaint = state.complaint();
        Instant at = event.occurredAt();
        return switch (event) {
            case ComplaintFiled filed -> throw new IllegalStateException("handled above");
            case ComplaintAssigned assigned -> next(state.with(complaint.owned(assigned.ownerId(),
                    assigned.ownerName(), at, assigned.acknowledgeBy(), assigned.resolveBy())));
            case ComplaintAcknowledged acknowledged -> next(state.with(complaint.acknowledged(at,
                    acknowledged.resolveBy()))
                    .cancel(EnumSet.of(Slot.REMIND_ACKNOWLEDGE), at, "acknowledged"));
            case ComplaintResolved resolved -> next(state.with(complaint.resolved(at)).cancel(REMINDERS, at,
                    "resolved"));
            case ComplaintReopened reopened -> next(state.with(complaint.reopened(at, reopened.acknowledgeBy(),
                    reopened.resolveBy())).cancel(ASKING, at, "reopened"));
            case FollowUpScheduled scheduled -> scheduled(state, scheduled);
            case FollowUpSent sent -> sent(state, sent, policy);
            case SatisfactionRecorded answer -> complaint.stage() == FollowUpStage.CLOSED
                    ? new Evolution.Ignored<>("complaint is CLOSED")
                    : next(state.with(complaint.answered(new TrackedComplaint.Answer(answer.score(),
                            answer.ownershipTaken(), answer.feltValued(), answer.resolvedQuickly(),
                            answer.regretExpressed(), answer.comment(), at)))
                            .cancel(EnumSet.of(Slot.SURVEY), at, "answered"));
            case ComplaintClosed closed -> complaint.stage() == FollowUpStage.CLOSED
                    ? new Evolution.Ignored<>("complaint already CLOSED")
                    : next(state.with(complaint.closed(closed.outcome(), at)).cancel(EnumSet.allOf(Slot.class), at,
                            "closed"));
            // Listed so that a new event type is a compile error here.
            case ContactLogged contact -> new Evolution.Unchanged<>();
            case SlaBreached breached -> new Evolution.Unchanged<>();
            case ComplaintEscalated escalated -> new Evolution.Unchanged<>();
        };
    }

    private static Evolution<FollowUpCase> scheduled(FollowUpCase state, FollowUpScheduled scheduled) {
        if (state.stage() == FollowUpStage.CLOSED) {
            return new Evolution.Ignored<>("complaint is CLOSED: it takes no more follow-ups");
        }
        if (state.followUp(scheduled.followUpId()).isPresent()) {
            return new Evolution.Unchanged<>();
        }
        int attempt = scheduled.kind() == FollowUpKind.SATISFACTION_SURVEY
                ? state.surveysSince(state.complaint().resolvedAt()) + 1 : 1;
        FollowUp planned = new FollowUp(state.complaintId(), scheduled.followUpId(), scheduled.kind(),
                scheduled.clock(), attempt, FollowUpStatus.DUE, scheduled.occurredAt(), scheduled.dueAt(), null, null,
                null);
        return next(overtaken(state.complaint(), planned).map(cancel -> state.plusOvertaken(planned.cancelled(
                cancel.at(), cancel.reason()))).orElseGet(() -> state.plus(planned)));
    }

    /** What cancelled a follow-up, and when. */
    record Cancel(String reason, Instant at) {
    }

    /**
     * The event that cancels a follow-up of this slot, if one came after the follow-up's cause but before it on the
     * log (a reaction is appended after events another service appended meanwhile): the follow-up is then recorded
     * as cancelled by it, as the live view, which applied the reaction at once, has it.
     */
    static Optional<Cancel> overtaken(TrackedComplaint complaint, FollowUp planned) {
        Instant at = planned.scheduledAt();
        Instant answered = complaint.answer() == null ? null : complaint.answer().recordedAt();
        Stream<Optional<Cancel>> candidates = switch (planned.slot()) {
            case REMIND_ACKNOWLEDGE -> Stream.of(after(complaint.acknowledgedAt(), at, "acknowledged"),
                    after(complaint.resolvedAt(), at, "resolved"));
            case REMIND_RESOLVE, DELAY_NOTICE -> Stream.of(after(complaint.resolvedAt(), at, "resolved"));
            case SURVEY -> Stream.of(after(complaint.reopenedAt(), at, "reopened"), after(answered, at, "answered"));
            case CHECK_IN -> Stream.of(after(complaint.reopenedAt(), at, "reopened"));
            case CLOSE_NO_RESPONSE -> Stream.of();
        };
        // The first of them cancelled it in the live view.
        return candidates.flatMap(Optional::stream).min(Comparator.comparing(Cancel::at));
    }

    private static Optional<Cancel> after(Instant cancelling, Instant plannedAt, String reason) {
        return cancelling != null && !cancelling.isBefore(plannedAt) ? Optional.of(new Cancel(reason, cancelling))
                : Optional.empty();
    }

    private static Evolution<FollowUpCase> sent(FollowUpCase state, FollowUpSent sent, FollowUpPolicy policy) {
        FollowUp followUp = state.followUp(sent.followUpId()).orElse(null);
        if (followUp == null) {
            return new Evolution.Ignored<>("unknown follow-up " + sent.followUpId());
        }
        if (!followUp.due()) {
            return new Evolution.Ignored<>("follow-up " + sent.followUpId() + " is " + followUp.status());
        }
        FollowUpCase next = state.replaced(followUp.sent(sent.occurredAt()));
        TrackedComplaint complaint = state.complaint();
        return next(switch (followUp.kind()) {
            case SATISFACTION_SURVEY -> next.with(complaint.surveySent(lastSurvey(followUp, complaint, policy)
                    ? sent.occurredAt().plus(policy.noResponseAfter()) : null));
            case CHECK_IN -> next.with(complaint.checkedIn());
            case OWNER_REMINDER, DELAY_NOTICE -> next;
        });
    }

    /** The last survey the policy allows went out unanswered: the complaint closes if no answer comes. */
    private static boolean lastSurvey(FollowUp survey, TrackedComplaint complaint, FollowUpPolicy policy) {
        return survey.attempt() > policy.surveyMaxResends() && complaint.answer() == null
                && complaint.stage() == FollowUpStage.RESOLVED;
    }

    private static Evolution<FollowUpCase> next(FollowUpCase state) {
        return new Evolution.Next<>(state);
    }
}
