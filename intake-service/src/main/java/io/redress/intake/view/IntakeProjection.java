package io.redress.intake.view;

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
import io.redress.intake.filing.CustomerFiling;
import io.redress.intake.filing.CustomerHistory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds the log into {@code intake_complaint}: one row per complaint, its contacts and whether it is still open,
 * without personal fields once its customer's data is erased ({@link Erasures}).
 */
@ApplicationScoped
public class IntakeProjection implements Projection {

    @Override
    public Uni<List<Outcome>> applyAll(List<EventEnvelope> events) {
        return ComplaintRows.fold(IntakeComplaint.class, row -> row.complaintId, events,
                (envelope, rows) -> apply(envelope.event(), rows)).call(() -> completeHistory(events)).call(() -> Erasures.apply(events));
    }

    /**
     * Adds to the customers' filing history the complaints filed by another writer of the log (filings through
     * this service's REST API are recorded there when they are decided).
     */
    private static Uni<Void> completeHistory(List<EventEnvelope> events) {
        List<CustomerFiling> filings = new ArrayList<>();
        for (EventEnvelope envelope : events) {
            if (envelope.event() instanceof ComplaintFiled filed) {
                filings.add(CustomerFiling.of(filed.complaintId(), filed.customerId(), filed.category(),
                        filed.receivedAt()));
            }
        }
        return CustomerHistory.addMissing(filings);
    }

    private static Outcome apply(ComplaintEvent event, ComplaintRows<IntakeComplaint> rows) {
        return switch (event) {
            case ComplaintFiled filed -> {
                if (rows.get(filed.complaintId()) != null) {
                    yield Outcome.ignored("complaint already filed");
                }
                rows.add(filed.complaintId(), FiledRow.from(filed));
                yield Outcome.applied();
            }
            case ContactLogged contact -> rows.update(contact.complaintId(), row -> {
                row.contactCount = Math.max(row.contactCount, contact.contactCount());
                return Outcome.applied();
            });
            case ComplaintClosed closed -> rows.update(closed.complaintId(), row -> {
                row.closed = true;
                return Outcome.applied();
            });
            case ComplaintReopened reopened -> rows.update(reopened.complaintId(), row -> {
                row.closed = false;
                return Outcome.applied();
            });
            case ComplaintAssigned assigned -> Outcome.applied();
            case ComplaintAcknowledged acknowledged -> Outcome.applied();
            case SlaBreached breached -> Outcome.applied();
            case ComplaintEscalated escalated -> Outcome.applied();
            case ComplaintResolved resolved -> Outcome.applied();
            case FollowUpScheduled scheduled -> Outcome.applied();
            case FollowUpSent sent -> Outcome.applied();
            case SatisfactionRecorded satisfaction -> Outcome.applied();
            // Applied to every complaint of the customer by Erasures, after the batch's rows are folded.
            case CustomerDataErased erased -> Outcome.applied();
            case RootCauseIdentified rootCause -> Outcome.applied();
        };
    }

    @Override
    public List<String> tables() {
        return List.of("intake_complaint", "intake_erased_customer");
    }

    /** 2: erasure (migration V2026.11.23.3). 1: the tables of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 2;
    }
}
