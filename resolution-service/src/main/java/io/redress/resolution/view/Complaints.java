package io.redress.resolution.view;

import io.redress.core.view.Evolution;
import io.redress.core.view.RowModel;
import io.redress.core.view.Step;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.resolution.assignment.AssignmentPolicy;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.sla.SlaClocks;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read model {@code complaints} ({@code resolution_complaint}): each complaint's status and owner, folded with
 * {@link Complaint#evolve}. Its {@link #step} is the one place an event's effects come from, whether it arrives from
 * the log or a command writes it through: the row, the owner given to a new complaint ({@code ComplaintAssigned},
 * a reaction) and the SLA clocks ({@link SlaClocks}).
 */
@Singleton
public class Complaints extends RowModel<UUID, ComplaintState> {

    private final AssignmentPolicy assignment;
    private final SlaClocks slaClocks;
    private final Clock clock;
    private final String source;

    public Complaints(AssignmentPolicy assignment, SlaClocks slaClocks, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        super(ComplaintRows.TABLE);
        this.assignment = assignment;
        this.slaClocks = slaClocks;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public String name() {
        return "complaints";
    }

    /** 1: the table of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 1;
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class, ComplaintAcknowledged.class, SlaBreached.class);
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    @Override
    protected Step<ComplaintState> step(ComplaintState state, EventEnvelope envelope) {
        return switch (Complaint.evolve(state, (ComplaintLifecycleEvent) envelope.event())) {
            case Evolution.Ignored<ComplaintState> ignored -> Step.ignored(ignored.reason());
            case Evolution.Unchanged<ComplaintState> unchanged -> Step.unchanged(slaClocks.changes(envelope, state, state));
            case Evolution.Next<ComplaintState> next -> Step.next(next.state(), reactions(envelope, next.state()),
                    slaClocks.changes(envelope, state, next.state()));
        };
    }

    private List<EventEnvelope> reactions(EventEnvelope cause, ComplaintState state) {
        if (!(cause.event() instanceof ComplaintFiled)) {
            return List.of();
        }
        AssignmentPolicy.Assignment chosen = assignment.choose(state);
        ComplaintAssigned assigned = new ComplaintAssigned(state.complaintId(), clock.instant(), chosen.ownerId(),
                chosen.team(), chosen.rule(), null);
        return List.of(EventEnvelope.reactionTo(cause.metadata(), assigned, source));
    }
}
