package io.redress.resolution.acknowledgement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.redress.core.command.CommandSupport;
import io.redress.core.events.EventPublisher;
import io.redress.core.problem.ProblemException;
import io.redress.core.security.Actor;
import io.redress.core.timer.Timers;
import io.redress.events.EventEnvelope;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ResolutionComplaint;
import io.redress.resolution.sla.SlaClocks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Acknowledges a complaint: under the complaint's lock, decides against resolution's state of it, applies the
 * accepted {@code ComplaintAcknowledged} to that state, appends the event and commits once the broker acknowledged
 * it. Of two racing acknowledgements, the second finds the complaint acknowledged and is refused (409).
 */
@ApplicationScoped
public class AcknowledgementService {

    private static final Logger LOG = Logger.getLogger(AcknowledgementService.class);

    private final EventPublisher publisher;
    private final SlaClocks slaClocks;
    private final Clock clock;
    private final String source;

    public AcknowledgementService(EventPublisher publisher, SlaClocks slaClocks, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.publisher = publisher;
        this.slaClocks = slaClocks;
        this.clock = clock;
        this.source = source;
    }

    public Uni<ComplaintState> acknowledge(UUID complaintId, AcknowledgeComplaint command, Actor actor) {
        return Panache.withTransaction(() -> CommandSupport.lock("complaint/" + complaintId)
                .chain(() -> ResolutionComplaint.<ResolutionComplaint>findById(complaintId))
                .chain(row -> {
                    if (row == null) {
                        throw ProblemException.notFound("complaint", complaintId);
                    }
                    return switch (Acknowledgement.decide(row.toState(), command, actor, clock.instant())) {
                        case Acknowledgement.Decision.NotYours notYours ->
                                throw new ForbiddenException(notYours.reason());
                        case Acknowledgement.Decision.Refused refused ->
                                throw ProblemException.conflict(refused.reason());
                        case Acknowledgement.Decision.Accepted accepted -> append(row, accepted);
                    };
                }));
    }

    private Uni<ComplaintState> append(ResolutionComplaint row, Acknowledgement.Decision.Accepted accepted) {
        EventEnvelope envelope = EventEnvelope.first(accepted.event(), source);
        if (!(Complaint.evolve(row.toState(), accepted.event()) instanceof Complaint.Evolution.Next next)) {
            throw new IllegalStateException("an accepted acknowledgement must change the state");
        }
        ComplaintState before = row.toState();
        row.set(next.state());
        // Written through, the event will be skipped by the consumer: its effect on the clocks is applied here.
        return Timers.apply(slaClocks.changes(envelope, before, next.state()))
                .call(() -> CommandSupport.writtenThrough(envelope))
                .call(() -> publisher.append(envelope))
                .invoke(() -> LOG.debugf("Acknowledged complaint %s (owner %s, by %s, apologized %s)",
                        row.complaintId, accepted.event().ownerId(), accepted.event().actedBy(),
                        accepted.event().apologized()))
                .replaceWith(next.state());
    }
}
