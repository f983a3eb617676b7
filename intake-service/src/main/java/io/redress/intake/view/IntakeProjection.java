package io.redress.intake.view;

import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Folds the log into {@code intake_complaint}: one row per complaint, its contacts and whether it is still open. */
@ApplicationScoped
public class IntakeProjection implements Projection {

    @Override
    public Uni<Outcome> apply(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case ComplaintFiled filed -> IntakeComplaint.<IntakeComplaint>findById(filed.complaintId())
                    .chain(existing -> existing != null
                            ? Uni.createFrom().item(Outcome.ignored("complaint already filed"))
                            : ComplaintRows.from(filed).persist().replaceWith(Outcome.applied()));
            case ContactLogged contact -> update(contact.complaintId(), row -> {
                row.contactCount = Math.max(row.contactCount, contact.contactCount());
                return Outcome.applied();
            });
            case ComplaintClosed closed -> update(closed.complaintId(), row -> {
                row.closed = true;
                return Outcome.applied();
            });
            case ComplaintReopened reopened -> update(reopened.complaintId(), row -> {
                row.closed = false;
                return Outcome.applied();
            });
            default -> Uni.createFrom().item(Outcome.applied());
        };
    }

    @Override
    public Uni<Void> reset() {
        return IntakeComplaint.deleteAll().replaceWithVoid();
    }

    private static Uni<Outcome> update(UUID complaintId, Function<IntakeComplaint, Outcome> change) {
        return IntakeComplaint.<IntakeComplaint>findById(complaintId).map(row -> row == null
                ? Outcome.ignored("unknown complaint " + complaintId)
                : change.apply(row));
    }
}
