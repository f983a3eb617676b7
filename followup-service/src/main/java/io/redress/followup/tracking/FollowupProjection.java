package io.redress.followup.tracking;

import io.redress.core.projection.ComplaintRows;
import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.RootCauseIdentified;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Folds the log into {@code followup_complaint}: each complaint's stage and owner. */
@ApplicationScoped
public class FollowupProjection implements Projection {

    @Override
    public Uni<List<Outcome>> applyAll(List<EventEnvelope> events) {
        return ComplaintRows.fold(TrackedComplaint.class, row -> row.complaintId, events,
                (envelope, rows) -> apply(envelope.event(), rows));
    }

    private static Outcome apply(ComplaintEvent event, ComplaintRows<TrackedComplaint> rows) {
        return switch (event) {
            case ComplaintFiled filed -> {
                if (rows.get(filed.complaintId()) != null) {
                    yield Outcome.ignored("complaint already filed");
                }
                rows.add(filed.complaintId(), track(filed));
                yield Outcome.applied();
            }
            case ComplaintAssigned assigned -> rows.update(assigned.complaintId(), row -> {
                row.ownerId = assigned.ownerId();
                row.assignedAt = row.assignedAt == null ? assigned.occurredAt() : row.assignedAt;
                row.stage = "FILED".equals(row.stage) ? "ASSIGNED" : row.stage;
                return Outcome.applied();
            });
            case ContactLogged contact -> Outcome.applied();
            case ComplaintAcknowledged acknowledged -> Outcome.applied();
            case SlaBreached breached -> Outcome.applied();
            case ComplaintEscalated escalated -> Outcome.applied();
            case ComplaintResolved resolved -> Outcome.applied();
            case ComplaintReopened reopened -> Outcome.applied();
            case FollowUpScheduled scheduled -> Outcome.applied();
            case FollowUpSent sent -> Outcome.applied();
            case SatisfactionRecorded satisfaction -> Outcome.applied();
            case ComplaintClosed closed -> Outcome.applied();
            case CustomerDataErased erased -> Outcome.applied();
            case RootCauseIdentified rootCause -> Outcome.applied();
        };
    }

    @Override
    public List<String> tables() {
        return List.of("followup_complaint");
    }

    /** 1: the tables of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 1;
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
