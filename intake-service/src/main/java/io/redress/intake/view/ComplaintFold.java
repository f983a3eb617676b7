package io.redress.intake.view;

import io.redress.core.view.Step;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintResolved;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;

/**
 * The pure fold of a complaint's row in intake's view: what each complaint event that {@link Complaints} reads does
 * to its {@link IntakeComplaint}. The same on every replay, so a rebuild gives the same rows.
 */
final class ComplaintFold {

    private ComplaintFold() {
    }

    /** @param row the complaint's row so far, null before its ComplaintFiled */
    static Step<IntakeComplaint> step(IntakeComplaint row, ComplaintLifecycleEvent event) {
        if (event instanceof ComplaintFiled filed) {
            return row != null ? Step.ignored("complaint already filed") : Step.next(ComplaintRows.filed(filed));
        }
        if (row == null) {
            return Step.ignored("unknown complaint " + event.complaintId());
        }
        return switch (event) {
            // Contacts may arrive out of order after a redelivery: the count only goes up.
            case ContactLogged contact -> Step.next(row.withContactCount(Math.max(row.contactCount(),
                    contact.contactCount())));
            case ComplaintAssigned assigned -> Step.next(row.withStatus(
                    row.status() == ComplaintStatus.FILED ? ComplaintStatus.ASSIGNED : row.status(), assigned.ownerId()));
            case ComplaintAcknowledged acknowledged -> Step.next(row.withStatus(ComplaintStatus.ACKNOWLEDGED,
                    row.ownerId()));
            case ComplaintResolved resolved -> Step.next(row.withStatus(ComplaintStatus.RESOLVED, row.ownerId()));
            case ComplaintClosed closed -> Step.next(row.withClosedAt(closed.occurredAt()));
            case ComplaintReopened reopened -> Step.next(row.withClosedAt(null));
            default -> throw new IllegalArgumentException("intake's complaints do not read " + event.getClass());
        };
    }
}
