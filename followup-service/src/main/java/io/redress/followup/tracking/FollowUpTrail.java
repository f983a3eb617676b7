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
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;

/**
 * The pure fold of what follow-up knows of a complaint ({@link TrackedComplaint}, a row of {@code followup_complaint}):
 * {@code evolve(state, event)} gives the next state, or why the event does not fit it, the same way on every replay.
 */
public final class FollowUpTrail {

    private FollowUpTrail() {
    }

    /** @param state the complaint so far, null before its ComplaintFiled */
    public static Evolution<TrackedComplaint> evolve(TrackedComplaint state, ComplaintLifecycleEvent event) {
        return switch (event) {
            case ComplaintFiled filed -> state != null
                    ? new Evolution.Ignored<>("complaint already filed") : new Evolution.Next<>(track(filed));
            case ComplaintAssigned assigned -> state == null
                    ? new Evolution.Ignored<>("unknown complaint " + assigned.complaintId())
                    : new Evolution.Next<>(state.assignedTo(assigned.ownerId(), assigned.occurredAt()));
            // Surveys, check-ins and closing will read these; listed so that a new event type is a compile error here.
            case ContactLogged contact -> new Evolution.Unchanged<>();
            case ComplaintAcknowledged acknowledged -> new Evolution.Unchanged<>();
            case SlaBreached breached -> new Evolution.Unchanged<>();
            case ComplaintEscalated escalated -> new Evolution.Unchanged<>();
            case ComplaintResolved resolved -> new Evolution.Unchanged<>();
            case ComplaintReopened reopened -> new Evolution.Unchanged<>();
            case FollowUpScheduled scheduled -> new Evolution.Unchanged<>();
            case FollowUpSent sent -> new Evolution.Unchanged<>();
            case SatisfactionRecorded satisfaction -> new Evolution.Unchanged<>();
            case ComplaintClosed closed -> new Evolution.Unchanged<>();
        };
    }

    private static TrackedComplaint track(ComplaintFiled filed) {
        return new TrackedComplaint(filed.complaintId(), filed.customerId(), FollowUpStage.FILED, filed.receivedAt(),
                null, null);
    }
}
