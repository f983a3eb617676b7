package io.redress.resolution.lifecycle;

import io.redress.core.projection.Outcome;
import io.redress.core.projection.Projection;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import io.redress.resolution.assignment.AssignmentPolicy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds the log into {@code resolution_complaint} with {@link Complaint#evolve}, and reacts to a newly filed
 * complaint by assigning it an owner ({@code ComplaintAssigned}).
 */
@ApplicationScoped
public class ResolutionProjection implements Projection {

    private final AssignmentPolicy assignment;
    private final Clock clock;
    private final String source;

    public ResolutionProjection(AssignmentPolicy assignment, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.assignment = assignment;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public Uni<Outcome> apply(EventEnvelope envelope) {
        if (!(envelope.event() instanceof ComplaintLifecycleEvent event)) {
            return Uni.createFrom().item(Outcome.applied());
        }
        return ResolutionComplaint.<ResolutionComplaint>findById(event.complaintId()).chain(row -> {
            ComplaintState before = row == null ? null : row.toState();
            return switch (Complaint.evolve(before, event)) {
                case Complaint.Evolution.Ignored ignored -> Uni.createFrom().item(Outcome.ignored(ignored.reason()));
                case Complaint.Evolution.Unchanged unchanged -> Uni.createFrom().item(Outcome.applied());
                case Complaint.Evolution.Next next -> save(row, next.state())
                        .replaceWith(Outcome.applied(reactions(envelope, next.state())));
            };
        });
    }

    @Override
    public Uni<Void> reset() {
        return ResolutionComplaint.deleteAll().replaceWithVoid();
    }

    private static Uni<ResolutionComplaint> save(ResolutionComplaint row, ComplaintState state) {
        return row == null ? new ResolutionComplaint().set(state).persist() : Uni.createFrom().item(row.set(state));
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
