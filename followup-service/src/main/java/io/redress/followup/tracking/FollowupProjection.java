package io.redress.followup.tracking;

import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Folds the log into {@code followup_complaint}: each complaint's stage and owner. */
@ApplicationScoped
public class FollowupProjection implements Projection {

    @Override
    public Uni<Outcome> apply(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case ComplaintFiled filed -> TrackedComplaint.<TrackedComplaint>findById(filed.complaintId())
                    .chain(existing -> existing != null
                            ? Uni.createFrom().item(Outcome.ignored("complaint already filed"))
                            : track(filed).persist().replaceWith(Outcome.applied()));
            case ComplaintAssigned assigned -> TrackedComplaint.<TrackedComplaint>findById(assigned.complaintId())
                    .map(row -> {
                        if (row == null) {
                            return Outcome.ignored("unknown complaint " + assigned.complaintId());
                        }
                        row.ownerId = assigned.ownerId();
                        row.assignedAt = row.assignedAt == null ? assigned.occurredAt() : row.assignedAt;
                        row.stage = "FILED".equals(row.stage) ? "ASSIGNED" : row.stage;
                        return Outcome.applied();
                    });
            default -> Uni.createFrom().item(Outcome.applied());
        };
    }

    @Override
    public Uni<Void> reset() {
        return TrackedComplaint.deleteAll().replaceWithVoid();
    }

    private static TrackedComplaint track(ComplaintFiled filed) {
        TrackedComplaint row = new TrackedComplaint();
        row.complaintId = filed.complaintId();
        row.customerId = filed.customerId();
        row.stage = "FILED";
        row.receivedAt = filed.receivedAt();
        return row;
    }
}
