package io.redress.resolution.view;

import io.redress.events.Severity;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /complaints/{id}} in resolution: where the complaint stands, who has it, both SLA clocks (due times in
 * the team's business hours, and whether they were met) and its history with who took each step.
 *
 * @param firstContactSoFar whether a resolution now would count as first contact
 */
public record ComplaintView(
        UUID complaintId,
        ComplaintStatus status,
        String customerId,
        String category,
        @Schema(nullable = true) String component,
        Severity severity,
        Instant receivedAt,
        @Schema(nullable = true) String ownerId,
        @Schema(nullable = true) String team,
        @Schema(nullable = true, description = "The rule that gave the current owner the complaint",
                examples = "SENIOR_FOR_REPEAT_OR_SEVERE") String rule,
        int escalationLevel,
        int contactCount,
        int reopenCount,
        boolean firstContactSoFar,
        @Schema(nullable = true, description = "What the customer said would be fair, in their own words (opened "
                + "with their data key); null when they said nothing or once their personal data was erased")
        String customerFairSolution,
        Sla sla,
        List<HistoryEntry> history) {

    /** Both clocks. */
    public record Sla(Clock acknowledge, Clock resolve) {
    }

    /**
     * One SLA clock.
     *
     * @param stoppedAt  when its step was taken (the acknowledgement, the resolution); null while it runs
     * @param breachedAt when it ran out; null while it has not
     * @param met        true: the step was taken in time; false: the clock breached; null: still running
     */
    public record Clock(@Schema(nullable = true) Instant dueAt, @Schema(nullable = true) Instant stoppedAt,
            @Schema(nullable = true) Instant breachedAt, @Schema(nullable = true) Boolean met) {

        static Clock of(Instant due, Instant stopped, Instant breached) {
            Boolean met = breached != null ? Boolean.FALSE : stopped != null ? Boolean.TRUE : null;
            return new Clock(due, stopped, breached, met);
        }
    }

    static ComplaintView of(ComplaintState state, String customerFairSolution, List<HistoryEntry> history) {
        return new ComplaintView(state.complaintId(), state.status(), state.customerId(), state.category(),
                state.component(), state.severity(), state.receivedAt(), state.ownerId(), state.team(), state.rule(),
                state.escalationLevel(), state.contactCount(), state.reopenCount(), Complaint.firstContact(state),
                customerFairSolution, new Sla(Clock.of(state.acknowledgeDueAt(), state.acknowledgedAt(), state.acknowledgeBreachedAt()),
                        Clock.of(state.resolveDueAt(), state.resolvedAt(), state.resolveBreachedAt())),
                List.copyOf(history));
    }
}
