package io.redress.resolution.lifecycle;

import io.redress.core.projection.ComplaintRows;
import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import io.redress.resolution.assignment.AssignmentPolicy;
import io.redress.resolution.sla.SlaClocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds the log into {@code resolution_complaint} with {@link Complaint#evolve}, reacts to a newly filed
 * complaint by assigning it an owner ({@code ComplaintAssigned}), and starts and stops its SLA clocks.
 */
@ApplicationScoped
public class ResolutionProjection implements Projection {

    private final AssignmentPolicy assignment;
    private final SlaClocks slaClocks;
    private final Clock clock;
    private final String source;

    public ResolutionProjection(AssignmentPolicy assignment, SlaClocks slaClocks, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.assignment = assignment;
        this.slaClocks = slaClocks;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public Uni<List<Outcome>> applyAll(List<EventEnvelope> events) {
        return ComplaintRows.fold(ResolutionComplaint.class, row -> row.complaintId, events, this::apply);
    }

    private Outcome apply(EventEnvelope envelope, ComplaintRows<ResolutionComplaint> rows) {
        if (!(envelope.event() instanceof ComplaintLifecycleEvent event)) {
            return Outcome.applied();
        }
        ResolutionComplaint row = rows.get(event.complaintId());
        ComplaintState before = row == null ? null : row.toState();
        return switch (Complaint.evolve(before, event)) {
            case Complaint.Evolution.Ignored ignored -> Outcome.ignored(ignored.reason());
            case Complaint.Evolution.Unchanged unchanged ->
                    Outcome.applied(List.of(), slaClocks.changes(envelope, before, before));
            case Complaint.Evolution.Next next -> {
                if (row == null) {
                    rows.add(event.complaintId(), new ResolutionComplaint().set(next.state()));
                } else {
                    row.set(next.state());
                }
                yield Outcome.applied(reactions(envelope, next.state()),
                        slaClocks.changes(envelope, before, next.state()));
            }
        };
    }

    @Override
    public List<String> tables() {
        return List.of("resolution_complaint");
    }

    /** 1: the tables of migration V2026.11.23.2. */
    @Override
    public int version() {
        return 1;
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
