package io.redress.intake.view;

import io.redress.core.view.Outcome;
import io.redress.core.view.RowModel;
import io.redress.core.view.Step;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintResolved;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code complaints} ({@code intake_complaint}, {@code intake_erased_customer}): one row per complaint,
 * its contacts, status and owner, folded with {@link ComplaintFold}; without personal fields once its
 * customer's data is erased ({@link Erasures}).
 */
@Singleton
public class Complaints extends RowModel<UUID, IntakeComplaint> {

    public Complaints() {
        super(ComplaintRows.TABLE);
    }

    @Override
    public String name() {
        return "complaints";
    }

    /**
     * 2: the rows gained {@code closed_at}, {@code language}, {@code status} and {@code owner_id} (migration
     * V2026.12.02.2); 1: the rows and erasures
     * of migrations V2026.11.23.2 to V2026.11.23.4.
     */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<String> tables() {
        return List.of(ComplaintRows.TABLE.name(), Erasures.TABLE);
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ContactLogged.class, ComplaintAssigned.class, ComplaintAcknowledged.class,
                ComplaintResolved.class, ComplaintReopened.class, ComplaintClosed.class, CustomerDataErased.class);
    }

    /** Two steps, in this order: the erasures must find the rows of the complaints the same batch files. */
    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        return foldRows(tx, events).call(() -> Erasures.apply(tx, events));
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    @Override
    protected Step<IntakeComplaint> step(IntakeComplaint row, EventEnvelope envelope) {
        return ComplaintFold.step(row, (ComplaintLifecycleEvent) envelope.event());
    }

    /** Folds the complaints' events into their rows; an erasure, about a customer, is applied by the next step. */
    private Uni<List<Outcome>> foldRows(SqlConnection tx, List<EventEnvelope> events) {
        List<EventEnvelope> aboutComplaints = events.stream()
                .filter(envelope -> envelope.event() instanceof ComplaintLifecycleEvent).toList();
        return super.apply(tx, aboutComplaints).map(folded -> {
            Iterator<Outcome> next = folded.iterator();
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (EventEnvelope envelope : events) {
                outcomes.add(envelope.event() instanceof ComplaintLifecycleEvent ? next.next() : Outcome.applied());
            }
            return outcomes;
        });
    }
}
