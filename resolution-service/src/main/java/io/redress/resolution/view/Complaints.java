package io.redress.resolution.view;

import io.redress.core.view.Evolution;
import io.redress.core.view.RowModel;
import io.redress.core.view.Step;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.sla.SlaClocks;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code complaints} ({@code resolution_complaint}): each complaint's status, owner, SLA clocks and
 * escalation level, folded with {@link Complaint#evolve}; its {@link #step} also says which SLA timers an event sets
 * or stops ({@link SlaClocks}). The same step serves the consumer, a rebuild and every command. Who takes a new
 * complaint is decided after the fold, by {@code assignment.AssignmentReactor}.
 */
@Singleton
public class Complaints extends RowModel<UUID, ComplaintState> {

    private final SlaClocks slaClocks;

    public Complaints(SlaClocks slaClocks) {
        super(ComplaintRows.TABLE);
        this.slaClocks = slaClocks;
    }

    @Override
    public String name() {
        return "complaints";
    }

    /** 2: rule, first owner, both clocks, contacts and reopenings (migration V2026.12.02.4); 1: V2026.11.23.2. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class, ContactLogged.class, ComplaintAcknowledged.class,
                SlaBreached.class, ComplaintEscalated.class, ComplaintResolved.class, ComplaintReopened.class,
                ComplaintClosed.class);
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    @Override
    protected Step<ComplaintState> step(ComplaintState state, EventEnvelope envelope) {
        return switch (Complaint.evolve(state, (ComplaintLifecycleEvent) envelope.event())) {
            case Evolution.Ignored<ComplaintState> ignored -> Step.ignored(ignored.reason());
            case Evolution.Unchanged<ComplaintState> unchanged -> Step.unchanged(slaClocks.changes(envelope, state));
            case Evolution.Next<ComplaintState> next -> Step.next(next.state(), List.of(),
                    slaClocks.changes(envelope, next.state()));
        };
    }
}
