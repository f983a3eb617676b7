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

/**
 * The pure fold of a complaint's facts ({@link ComplaintFact}, a row of {@code analytics_complaint}):
 * {@code evolve(state, event)} gives the next fact, or why the event does not fit it, the same way on every replay.
 */
public final class FactFold {

    private FactFold() {
    }

    /** @param fact the complaint's fact so far, null before its ComplaintFiled */
    public static Evolution<ComplaintFact> evolve(ComplaintFact fact, ComplaintLifecycleEvent event) {
        return switch (event) {
            case ComplaintFiled filed -> fact != null
                    ? new Evolution.Ignored<>("complaint already filed") : new Evolution.Next<>(fact(filed));
            case ComplaintAssigned assigned -> fact == null
                    ? new Evolution.Ignored<>("unknown complaint " + assigned.complaintId())
                    : new Evolution.Next<>(fact.assignedTo(assigned.ownerId(), assigned.occurredAt()));
            // Hotspot and recovery analytics will read these; listed so that a new event type is a compile error here.
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

    private static ComplaintFact fact(ComplaintFiled filed) {
        return new ComplaintFact(filed.complaintId(), filed.customerId(), filed.channel(), filed.category(),
                filed.severity(), filed.receivedAt(), filed.occurredAt(), null, null);
    }
}
