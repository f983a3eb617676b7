package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
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

/**
 * The pure fold of a complaint's {@link Timeline}: {@code ComplaintFiled} starts it, and {@code ComplaintAssigned},
 * {@code ComplaintAcknowledged}, {@code ContactLogged}, {@code SlaBreached}, {@code ComplaintEscalated},
 * {@code ComplaintResolved}, {@code ComplaintReopened}, {@code SatisfactionRecorded} and {@code ComplaintClosed} each
 * add a step at their event time. A second copy of an event never reaches it (the consumer drops seen events).
 */
public final class TimelineFold {

    private TimelineFold() {
    }

    /** @param timeline the complaint's timeline so far, null before its ComplaintFiled */
    public static Evolution<Timeline> evolve(Timeline timeline, ComplaintLifecycleEvent event) {
        if (event instanceof ComplaintFiled filed) {
            return timeline != null ? new Evolution.Ignored<>("complaint already filed")
                    : new Evolution.Next<>(Timeline.of(filed));
        }
        if (timeline == null) {
            return new Evolution.Ignored<>("unknown complaint " + event.complaintId());
        }
        Step step = switch (event) {
            case ComplaintAssigned e -> new Step(Kind.ASSIGNED, e.occurredAt(), 0);
            case ComplaintAcknowledged e -> new Step(Kind.ACKNOWLEDGED, e.occurredAt(), e.apologized() ? 1 : 0);
            case ContactLogged e -> new Step(Kind.CONTACT, e.occurredAt(), 0);
            case SlaBreached e -> new Step(Kind.BREACHED, e.occurredAt(), 0);
            case ComplaintEscalated e -> new Step(Kind.ESCALATED, e.occurredAt(), e.level());
            case ComplaintResolved e -> new Step(Kind.RESOLVED, e.occurredAt(), Recoveries.resolution(e));
            case ComplaintReopened e -> new Step(Kind.REOPENED, e.occurredAt(), 0);
            case SatisfactionRecorded e -> new Step(Kind.SATISFACTION, e.occurredAt(), Recoveries.answer(e));
            case ComplaintClosed e -> new Step(Kind.CLOSED, e.occurredAt(), 0);
            // Not read by the rollup; listed so that a new type is a compile error.
            case FollowUpScheduled e -> null;
            case FollowUpSent e -> null;
            case ComplaintFiled e -> null;
        };
        return step == null ? new Evolution.Unchanged<>() : new Evolution.Next<>(timeline.with(step));
    }
}
