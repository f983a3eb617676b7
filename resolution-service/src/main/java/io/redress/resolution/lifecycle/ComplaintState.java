package io.redress.resolution.lifecycle;

import io.redress.events.Severity;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Resolution's state of one complaint, folded from its events by {@link Complaint#evolve}, stored as one row of
 * {@code resolution_complaint} (see {@code view.ComplaintRows}).
 *
 * @param rule             why the current owner has it (a {@code assignment.Rule} name; free text in old events)
 * @param firstOwnerId     the first owner who took it from the queue or the filing (not a queue's holder)
 * @param escalationLevel  the highest level it was escalated to (0: never)
 * @param acknowledgeDueAt when the acknowledge clock runs out (business hours of the team); null before assignment
 * @param acknowledgeBreachedAt when the acknowledge clock breached, null while it has not
 * @param contactCount     how often the customer has had to get in touch (the filing is 1)
 */
public record ComplaintState(
        UUID complaintId,
        ComplaintStatus status,
        String customerId,
        String category,
        @Schema(nullable = true) String component,
        Severity severity,
        int priorComplaints,
        Instant receivedAt,
        @Schema(nullable = true, description = "Null until the complaint has an owner") String ownerId,
        @Schema(nullable = true, description = "Null until the complaint has an owner") String team,
        @Schema(nullable = true) String rule,
        @Schema(nullable = true) String firstOwnerId,
        int escalationLevel,
        @Schema(nullable = true) Instant acknowledgeDueAt,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) Instant acknowledgeBreachedAt,
        @Schema(nullable = true) Instant resolveDueAt,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) Instant resolveBreachedAt,
        int contactCount,
        int reopenCount) {

    /** The nearest due time of a running clock: what an owner's queue is ordered by; null when none runs. */
    public Instant nextDueAt() {
        if (!status.open()) {
            return null;
        }
        return acknowledgedAt == null && acknowledgeDueAt != null ? acknowledgeDueAt : resolveDueAt;
    }

    ComplaintState with(ComplaintStatus next) {
        return new ComplaintState(complaintId, next, customerId, category, component, severity, priorComplaints,
                receivedAt, ownerId, team, rule, firstOwnerId, escalationLevel, acknowledgeDueAt, acknowledgedAt,
                acknowledgeBreachedAt, resolveDueAt, resolvedAt, resolveBreachedAt, contactCount, reopenCount);
    }

    ComplaintState owned(ComplaintStatus next, String owner, String ownerTeam, String why, String first) {
        return new ComplaintState(complaintId, next, customerId, category, component, severity, priorComplaints,
                receivedAt, owner, ownerTeam, why, first, escalationLevel, acknowledgeDueAt, acknowledgedAt,
                acknowledgeBreachedAt, resolveDueAt, resolvedAt, resolveBreachedAt, contactCount, reopenCount);
    }

    /** The clocks as set (null: left as they are), with what stopped them so far. */
    ComplaintState clocks(Instant acknowledgeDue, Instant acknowledged, Instant acknowledgeBreached, Instant resolveDue,
            Instant resolved, Instant resolveBreached) {
        return new ComplaintState(complaintId, status, customerId, category, component, severity, priorComplaints,
                receivedAt, ownerId, team, rule, firstOwnerId, escalationLevel, acknowledgeDue, acknowledged,
                acknowledgeBreached, resolveDue, resolved, resolveBreached, contactCount, reopenCount);
    }

    ComplaintState counts(int level, int contacts, int reopens) {
        return new ComplaintState(complaintId, status, customerId, category, component, severity, priorComplaints,
                receivedAt, ownerId, team, rule, firstOwnerId, level, acknowledgeDueAt, acknowledgedAt,
                acknowledgeBreachedAt, resolveDueAt, resolvedAt, resolveBreachedAt, contacts, reopens);
    }
}
