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

/**
 * The pure fold of resolution's lifecycle: {@code evolve(state, event)} gives the next state, or a refusal when the
 * event does not fit the state (it is then recorded as ignored, the same way on every replay).
 */
public final class Complaint {

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
            case ContactLogged contact -> new Evolution.Unchanged<>();
            case ComplaintAcknowledged acknowledged -> acknowledge(state, acknowledged);
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

    private static ComplaintState filed(ComplaintFiled filed) {
        return new ComplaintState(filed.complaintId(), ComplaintStatus.FILED, filed.customerId(), filed.category(),
                filed.severity(), filed.receivedAt(), null, null, 0);
    }

    /** The statuses an owner may acknowledge a complaint in: just taken on, or back after a reopening. */
    public static boolean acknowledgeable(ComplaintStatus status) {
        return status == ComplaintStatus.ASSIGNED || status == ComplaintStatus.REOPENED;
    }

    private static Evolution<ComplaintState> acknowledge(ComplaintState state, ComplaintAcknowledged acknowledged) {
        if (!acknowledgeable(state.status())) {
            return new Evolution.Ignored<>("cannot acknowledge a complaint that is " + state.status());
        }
        return new Evolution.Next<>(state.withStatus(ComplaintStatus.ACKNOWLEDGED));
    }

    private static Evolution<ComplaintState> assign(ComplaintState state, ComplaintAssigned assigned) {
        if (state.status() == ComplaintStatus.CLOSED) {
            return new Evolution.Ignored<>("cannot assign a closed complaint");
        }
        ComplaintStatus next = state.status() == ComplaintStatus.FILED ? ComplaintStatus.ASSIGNED : state.status();
        return new Evolution.Next<>(state.withOwner(assigned.ownerId(), assigned.team(), next));
    }
}
