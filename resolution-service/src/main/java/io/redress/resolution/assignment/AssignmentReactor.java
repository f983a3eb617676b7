package io.redress.resolution.assignment;

import io.redress.core.view.Reactor;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.resolution.roster.Roster;
import io.redress.resolution.roster.RosterStore;
import io.redress.resolution.sla.SlaPolicy;
import io.redress.resolution.view.Workloads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives every new complaint its owner ({@code ComplaintAssigned}, with the rule that fired and both SLA due times,
 * none for history: {@link SlaPolicy#history}),
 * with {@link Assigner} on the roster and the owners' loads as the view holds them, one query each per batch; and
 * when an owner's load drops (a resolution, a closing, a reassignment), takes the oldest queued complaints out of
 * the queues as far as someone can take them.
 */
@ApplicationScoped
public class AssignmentReactor implements Reactor {

    private static final Logger LOG = Logger.getLogger(AssignmentReactor.class);
    /** Queued complaints looked at per drain: the oldest first; the rest wait for the next one. */
    private static final int DRAIN = 500;

    private final RosterStore rosters;
    private final SlaPolicy policy;
    private final Clock clock;
    private final String source;

    public AssignmentReactor(RosterStore rosters, SlaPolicy policy, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.rosters = rosters;
        this.policy = policy;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public String name() {
        return "assignment";
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reactsTo() {
        return Set.of(ComplaintFiled.class, ComplaintResolved.class, ComplaintClosed.class, ComplaintAssigned.class);
    }

    @Override
    public Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events) {
        List<EventEnvelope> filings = events.stream().filter(e -> e.event() instanceof ComplaintFiled).toList();
        EventEnvelope freed = events.stream().filter(AssignmentReactor::freesCapacity).findFirst().orElse(null);
        if (filings.isEmpty() && freed == null) {
            return Uni.createFrom().item(List.of());
        }
        return rosters.current(tx).chain(current -> {
            Roster roster = current.roster();
            return Queues.loads(tx, roster).chain(loads -> assignAll(tx, roster, filings, loads)
                    .chain(assigned -> freed == null ? Uni.createFrom().item(assigned)
                            : Queues.drain(tx, roster, loads, DRAIN, clock.instant()).map(fromQueue -> {
                                List<EventEnvelope> all = new ArrayList<>(assigned);
                                fromQueue.forEach(event -> all.add(new EventEnvelope(EventMetadata.reactionTo(
                                        freed.metadata(), event, source, event.complaintId().toString()), event)));
                                return all;
                            })));
        });
    }

    /** Whoever had it may now take a queued complaint. */
    private static boolean freesCapacity(EventEnvelope envelope) {
        return envelope.event() instanceof ComplaintResolved || envelope.event() instanceof ComplaintClosed
                || envelope.event() instanceof ComplaintAssigned assigned && Rule.MANUAL.name().equals(assigned.rule());
    }

    private Uni<List<EventEnvelope>> assignAll(SqlConnection tx, Roster roster, List<EventEnvelope> filings,
            Loads loads) {
        if (filings.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<ComplaintFiled> filed = filings.stream().map(e -> (ComplaintFiled) e.event()).toList();
        return Workloads.previousOwners(tx, filed.stream().map(ComplaintFiled::customerId).distinct().toList(),
                filed.stream().map(ComplaintFiled::complaintId).toList()).map(found -> {
                    Map<String, String> previous = new HashMap<>(found);
                    List<EventEnvelope> reactions = new ArrayList<>(filings.size());
                    for (EventEnvelope envelope : filings) {
                        ComplaintFiled complaint = (ComplaintFiled) envelope.event();
                        Assigner.Assignment chosen = Assigner.assign(roster, Assigner.Complaint.of(complaint), loads,
                                previous.get(complaint.customerId()));
                        if (chosen.rule() != Rule.UNASSIGNED_QUEUE) {
                            previous.put(complaint.customerId(), chosen.ownerId());
                        }
                        SlaPolicy.Dues dues = policy.history(complaint.receivedAt(), complaint.occurredAt())
                                ? new SlaPolicy.Dues(null, null)
                                : policy.dues(complaint.severity(), roster.calendar(chosen.team()),
                                        complaint.receivedAt());
                        LOG.debugf("Complaint %s goes to %s (%s) by %s", complaint.complaintId(), chosen.ownerId(),
                                chosen.team(), chosen.rule());
                        reactions.add(EventEnvelope.reactionTo(envelope.metadata(), new ComplaintAssigned(
                                complaint.complaintId(), clock.instant(), chosen.ownerId(), chosen.team(),
                                chosen.rule().name(), null, dues.acknowledgeBy(), dues.resolveBy(),
                                roster.nameOf(chosen.ownerId())), source));
                    }
                    return reactions;
                });
    }
}
