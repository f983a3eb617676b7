package io.redress.resolution.lifecycle;

import io.redress.core.projection.ComplaintRows;
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
    public Uni<List<Outcome>> applyAll(List<EventEnvelope> events) {
        return ComplaintRows.load(ResolutionComplaint.class, row -> row.complaintId, events).chain(rows -> {
            List<Outcome> outcomes = events.stream().map(envelope -> apply(envelope, rows)).toList();
            return rows.persistNew().replaceWith(outcomes);
        });
    }

    private Outcome apply(EventEnvelope envelope, ComplaintRows<ResolutionComplaint> rows) {
        if (!(envelope.event() instanceof ComplaintLifecycleEvent event)) {
            return Outcome.applied();
        }
        ResolutionComplaint row = rows.get(event.complaintId());
        return switch (Complaint.evolve(row == null ? null : row.toState(), event)) {
            case Complaint.Evolution.Ignored ignored -> Outcome.ignored(ignored.reason());
            case Complaint.Evolution.Unchanged unchanged -> Outcome.applied();
            case Complaint.Evolution.Next next -> {
                if (row == null) {
                    rows.add(event.complaintId(), new ResolutionComplaint().set(next.state()));
                } else {
                    row.set(next.state());
                }
                yield Outcome.applied(reactions(envelope, next.state()));
            }
        };
    }

    @Override
    public List<String> tables() {
        return List.of("resolution_complaint");
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
