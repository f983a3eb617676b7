package io.redress.analytics.summary;

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

/** Folds the log into {@code analytics_complaint}: when each complaint arrived and when it first got an owner. */
@ApplicationScoped
public class AnalyticsProjection implements Projection {

    @Override
    public Uni<List<Outcome>> applyAll(List<EventEnvelope> events) {
        return ComplaintRows.fold(ComplaintFact.class, row -> row.complaintId, events,
                (envelope, rows) -> apply(envelope.event(), rows)).call(() -> RootCauses.apply(events));
    }

    private static Outcome apply(ComplaintEvent event, ComplaintRows<ComplaintFact> rows) {
        return switch (event) {
            case ComplaintFiled filed -> {
                if (rows.get(filed.complaintId()) != null) {
                    yield Outcome.ignored("complaint already filed");
                }
                rows.add(filed.complaintId(), fact(filed));
                yield Outcome.applied();
            }
            case ComplaintAssigned assigned -> rows.update(assigned.complaintId(), row -> {
                row.ownerId = assigned.ownerId();
                row.assignedAt = row.assignedAt == null ? assigned.occurredAt() : row.assignedAt;
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
            // Stored with its links to complaints by RootCauses, after the batch's rows are folded.
            case RootCauseIdentified rootCause -> Outcome.applied();
        };
    }

    @Override
    public List<String> tables() {
        return List.of("analytics_complaint", "analytics_root_cause", "analytics_root_cause_complaint");
    }

    /** 2: root causes (migration V2026.11.23.3). 1: the tables of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 2;
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
