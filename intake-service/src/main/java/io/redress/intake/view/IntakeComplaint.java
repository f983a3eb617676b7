package io.redress.intake.view;

import io.redress.events.Channel;
import io.redress.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Intake's state of one complaint, a row of {@code intake_complaint} ({@link ComplaintRows}), folded by
 * {@link ComplaintFold}. The personal fields are kept as the log has them (encrypted with the customer's data key;
 * plain in events from before encryption) and opened when read; once the customer's personal data is erased they
 * are null and {@code erased} is true ({@link Erasures}).
 *
 * @param filedAt  when the complaint was filed (the event's time): an erasure covers complaints filed up to it
 * @param closedAt when it was closed (its ComplaintClosed's time); null while open
 * @param status   where it stands, as the lifecycle events moved it
 * @param ownerId  who owns it (its latest ComplaintAssigned); null before assignment
 */
public record IntakeComplaint(
        UUID complaintId,
        String customerId,
        String customerName,
        Channel channel,
        String category,
        Severity severity,
        String description,
        String product,
        String component,
        String componentVersion,
        String employeeId,
        Instant problemOccurredAt,
        Instant receivedAt,
        Instant filedAt,
        String externalRef,
        BigDecimal customerLifetimeValue,
        int priorComplaints,
        int contactCount,
        boolean closed,
        Instant closedAt,
        String language,
        ComplaintStatus status,
        String ownerId,
        boolean erased) {

    IntakeComplaint withContactCount(int count) {
        return new IntakeComplaint(complaintId, customerId, customerName, channel, category, severity, description,
                product, component, componentVersion, employeeId, problemOccurredAt, receivedAt, filedAt,
                externalRef, customerLifetimeValue, priorComplaints, count, closed, closedAt, language, status, ownerId,
                erased);
    }

    /** @param at when it was closed; null: reopened */
    IntakeComplaint withClosedAt(Instant at) {
        return new IntakeComplaint(complaintId, customerId, customerName, channel, category, severity, description,
                product, component, componentVersion, employeeId, problemOccurredAt, receivedAt, filedAt,
                externalRef, customerLifetimeValue, priorComplaints, contactCount, at != null, at, language,
                at != null ? ComplaintStatus.CLOSED : ComplaintStatus.REOPENED, ownerId, erased);
    }

    IntakeComplaint withStatus(ComplaintStatus next, String owner) {
        return new IntakeComplaint(complaintId, customerId, customerName, channel, category, severity, description,
                product, component, componentVersion, employeeId, problemOccurredAt, receivedAt, filedAt,
                externalRef, customerLifetimeValue, priorComplaints, contactCount, closed, closedAt, language, next,
                owner, erased);
    }
}
