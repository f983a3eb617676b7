package io.redress.resolution.lifecycle;

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
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;

/**
 * The pure fold of resolution's lifecycle: {@code evolve(state, event)} gives the next state, or a refusal when the
 * event does not fit the state (it is then recorded as ignored, the same way on every replay).
 */
public final class Complaint {

    /** The rule of an assignment to a team's queue (see {@code assignment.Rule}). */
    public static final String QUEUE_RULE = "UNASSIGNED_QUEUE";

    private Complaint() {
    }

    /** @param state the complaint's state so far, null before its ComplaintFiled */
    public static Evolution<ComplaintState> evolve(ComplaintState state, ComplaintLifecycleEvent event) {
        if (event instanceof ComplaintFiled filed) {
            return state != null ? new Evolution.Ignored<>("complaint already filed")
                    : new Evolution.Next<>(filed(filed));
        }
        if (state == null) {
            return new Evolution.Ignored<>("unknown complaint " + event.complaintId());
        }
        return switch (event) {
            case ComplaintFiled filed -> new Evolution.Ignored<>("complaint already filed");
            case ComplaintAssigned assigned -> assign(state, assigned);
            case ContactLogged contact -> next(state.counts(state.escalationLevel(),
                    Math.max(state.contactCount(), contact.contactCount()), state.reopenCount()));
            case ComplaintAcknowledged acknowledged -> acknowledge(state, acknowledged);
            case SlaBreached breached -> next(breached.clock() == SlaClock.ACKNOWLEDGE
                    ? state.clocks(state.acknowledgeDueAt(), state.acknowledgedAt(), breached.occurredAt(),
                            state.resolveDueAt(), state.resolvedAt(), state.resolveBreachedAt())
                    : state.clocks(state.acknowledgeDueAt(), state.acknowledgedAt(), state.acknowledgeBreachedAt(),
                            state.resolveDueAt(), state.resolvedAt(), breached.occurredAt()));
            case ComplaintEscalated escalated -> next(state.counts(Math.max(state.escalationLevel(),
                    escalated.level()), state.contactCount(), state.reopenCount()));
            case ComplaintResolved resolved -> resolve(state, resolved);
            case ComplaintReopened reopened -> reopen(state, reopened);
            case ComplaintClosed closed -> state.status() == ComplaintStatus.CLOSED
                    ? new Evolution.Ignored<>("complaint already closed") : next(state.with(ComplaintStatus.CLOSED));
            case FollowUpScheduled scheduled -> new Evolution.Unchanged<>();
            case FollowUpSent sent -> new Evolution.Unchanged<>();
            case SatisfactionRecorded satisfaction -> new Evolution.Unchanged<>();
        };
    }

    /** The statuses an owner may acknowledge a complaint in: just taken on, or back after a reopening. */
    public static boolean acknowledgeable(ComplaintStatus status) {
        return status == ComplaintStatus.ASSIGNED || status == ComplaintStatus.REOPENED;
    }

    /** The statuses a complaint can be resolved in: in someone's hands. */
    public static boolean resolvable(ComplaintStatus status) {
        return status.inHand();
    }

    /** The statuses a complaint can be reopened from. */
    public static boolean reopenable(ComplaintStatus status) {
        return status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED;
    }

    /**
     * Resolved at the first contact: by the first owner, without the customer having had to get in touch again and
     * without a reopening.
     */
    public static boolean firstContact(ComplaintState state) {
        return state.ownerId() != null && state.ownerId().equals(state.firstOwnerId()) && state.contactCount() <= 1
                && state.reopenCount() == 0;
    }

    private static ComplaintState filed(ComplaintFiled filed) {
        return new ComplaintState(filed.complaintId(), ComplaintStatus.FILED, filed.customerId(), filed.category(),
                filed.component(), filed.severity(), filed.priorComplaints(), filed.receivedAt(), null, null, null,
                null, 0, null, null, null, null, null, null, 1, 0);
    }

    private static Evolution<ComplaintState> next(ComplaintState state) {
        return new Evolution.Next<>(state);
    }

    private static Evolution<ComplaintState> assign(ComplaintState state, ComplaintAssigned assigned) {
        if (state.status() == ComplaintStatus.CLOSED) {
            return new Evolution.Ignored<>("cannot assign a closed complaint");
        }
        boolean queued = QUEUE_RULE.equals(assigned.rule());
        ComplaintStatus next = switch (state.status()) {
            case FILED, QUEUED -> queued ? ComplaintStatus.QUEUED : ComplaintStatus.ASSIGNED;
            default -> state.status();
        };
        String first = state.firstOwnerId() != null || queued ? state.firstOwnerId() : assigned.ownerId();
        ComplaintState owned = state.owned(next, assigned.ownerId(), assigned.team(), assigned.rule(), first);
        if (assigned.acknowledgeBy() == null) {
            return next(owned);
        }
        return next(owned.clocks(assigned.acknowledgeBy(), owned.acknowledgedAt(), owned.acknowledgeBreachedAt(),
                assigned.resolveBy(), owned.resolvedAt(), owned.resolveBreachedAt()));
    }

    private static Evolution<ComplaintState> acknowledge(ComplaintState state, ComplaintAcknowledged acknowledged) {
        if (!acknowledgeable(state.status())) {
            return new Evolution.Ignored<>("cannot acknowledge a complaint that is " + state.status());
        }
        return next(state.with(ComplaintStatus.ACKNOWLEDGED).clocks(state.acknowledgeDueAt(),
                acknowledged.occurredAt(), state.acknowledgeBreachedAt(), state.resolveDueAt(), state.resolvedAt(),
                state.resolveBreachedAt()));
    }

    private static Evolution<ComplaintState> resolve(ComplaintState state, ComplaintResolved resolved) {
        if (!resolvable(state.status())) {
            return new Evolution.Ignored<>("cannot resolve a complaint that is " + state.status());
        }
        return next(state.with(ComplaintStatus.RESOLVED).clocks(state.acknowledgeDueAt(), state.acknowledgedAt(),
                state.acknowledgeBreachedAt(), state.resolveDueAt(), resolved.occurredAt(),
                state.resolveBreachedAt()));
    }

    /** Back to work: both clocks start again (from the reopening, with the due times the event carries). */
    private static Evolution<ComplaintState> reopen(ComplaintState state, ComplaintReopened reopened) {
        if (!reopenable(state.status())) {
            return new Evolution.Ignored<>("cannot reopen a complaint that is " + state.status());
        }
        ComplaintState again = state.with(ComplaintStatus.REOPENED).counts(state.escalationLevel(),
                state.contactCount(), state.reopenCount() + 1);
        return next(again.clocks(reopened.acknowledgeBy(), null, null, reopened.resolveBy(), null, null));
    }
}
