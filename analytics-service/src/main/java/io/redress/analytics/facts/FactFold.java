package io.redress.analytics.facts;

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
import java.util.function.UnaryOperator;

/**
 * The pure fold of a complaint's facts ({@link ComplaintFact}, a row of {@code analytics_complaint}):
 * {@code evolve(state, event)} gives the next fact, or why the event does not fit it, the same way on every replay.
 * It reads {@code ComplaintFiled}, {@code ComplaintAssigned}, {@code ComplaintAcknowledged}, {@code ComplaintResolved},
 * {@code SlaBreached}, {@code ComplaintReopened} and {@code ComplaintClosed}; the steps that repeat are kept one row
 * each by {@link Occurrences}.
 */
public final class FactFold {

    private FactFold() {
    }

    /** @param fact the complaint's fact so far, null before its ComplaintFiled */
    public static Evolution<ComplaintFact> evolve(ComplaintFact fact, ComplaintLifecycleEvent event) {
        if (event instanceof ComplaintFiled filed) {
            return fact != null ? new Evolution.Ignored<>("complaint already filed")
                    : new Evolution.Next<>(ComplaintFact.of(filed));
        }
        if (fact == null) {
            return new Evolution.Ignored<>("unknown complaint " + event.complaintId());
        }
        UnaryOperator<Milestones> step = switch (event) {
            case ComplaintAssigned assigned -> m -> m.assigned(assigned.ownerId(), assigned.occurredAt());
            case ComplaintAcknowledged acknowledged -> m -> m.acknowledged(acknowledged.occurredAt());
            case ComplaintResolved resolved -> m -> m.resolved(resolved.occurredAt(), resolved.firstContact());
            case SlaBreached breached -> m -> m.breached(breached.occurredAt());
            case ComplaintReopened reopened -> m -> m.reopened(reopened.occurredAt());
            case ComplaintClosed closed -> m -> m.closed(closed.occurredAt(), closed.outcome());
            // Counted from their occurrences, or not read by analytics; listed so that a new type is a compile error.
            case ContactLogged contact -> null;
            case ComplaintEscalated escalated -> null;
            case SatisfactionRecorded satisfaction -> null;
            case FollowUpScheduled scheduled -> null;
            case FollowUpSent sent -> null;
            case ComplaintFiled filed -> null;
        };
        if (step == null) {
            return new Evolution.Unchanged<>();
        }
        Milestones next = step.apply(fact.milestones());
        return next.equals(fact.milestones()) ? new Evolution.Unchanged<>() : new Evolution.Next<>(fact.with(next));
    }
}
