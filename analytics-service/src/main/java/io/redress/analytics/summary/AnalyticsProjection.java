package io.redress.analytics.summary;

import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Folds the log into {@code analytics_complaint}: when each complaint arrived and when it first got an owner. */
@ApplicationScoped
public class AnalyticsProjection implements Projection {

    @Override
    public Uni<Outcome> apply(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case ComplaintFiled filed -> ComplaintFact.<ComplaintFact>findById(filed.complaintId())
                    .chain(existing -> existing != null
                            ? Uni.createFrom().item(Outcome.ignored("complaint already filed"))
                            : fact(filed).persist().replaceWith(Outcome.applied()));
            case ComplaintAssigned assigned -> ComplaintFact.<ComplaintFact>findById(assigned.complaintId())
                    .map(row -> {
                        if (row == null) {
                            return Outcome.ignored("unknown complaint " + assigned.complaintId());
                        }
                        row.ownerId = assigned.ownerId();
                        row.assignedAt = row.assignedAt == null ? assigned.occurredAt() : row.assignedAt;
                        return Outcome.applied();
                    });
            default -> Uni.createFrom().item(Outcome.applied());
        };
    }

    @Override
    public Uni<Void> reset() {
        return ComplaintFact.deleteAll().replaceWithVoid();
    }

    private static ComplaintFact fact(ComplaintFiled filed) {
        ComplaintFact row = new ComplaintFact();
        row.complaintId = filed.complaintId();
        row.customerId = filed.customerId();
        row.channel = filed.channel().name();
        row.category = filed.category();
        row.severity = filed.severity().name();
        row.receivedAt = filed.receivedAt();
        row.filedAt = filed.occurredAt();
        return row;
    }
}
