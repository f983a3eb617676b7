package io.redress.resolution.escalation;

import io.redress.core.timer.DueTimer;
import io.redress.core.timer.TimerHandler;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.resolution.roster.RosterStore;
import io.redress.resolution.sla.SlaClocks;
import io.redress.resolution.sla.SlaPolicy;
import io.redress.resolution.view.Complaints;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the SLA and escalation timers ({@code sla-acknowledge}, {@code sla-resolve},
 * {@code escalate-head-of-service}) with {@link Breaches}, on the complaints' rows and the roster as they stand; each
 * event a reaction to what set the timer, qualified by the timer's name, so a timer fired twice (a crash between
 * sending and deleting it) is recorded once.
 */
@ApplicationScoped
public class BreachTimers implements TimerHandler {

    private final Complaints complaints;
    private final RosterStore roster;
    private final SlaPolicy policy;
    private final String source;

    public BreachTimers(Complaints complaints, RosterStore roster, SlaPolicy policy,
            @ConfigProperty(name = "redress.source") String source) {
        this.complaints = complaints;
        this.roster = roster;
        this.policy = policy;
        this.source = source;
    }

    @Override
    public Set<String> names() {
        return Set.of(SlaClocks.ACKNOWLEDGE, SlaClocks.RESOLVE, SlaClocks.HEAD_OF_SERVICE);
    }

    @Override
    public Uni<List<EventEnvelope>> fire(SqlConnection tx, List<DueTimer> timers, Instant now) {
        Set<UUID> ids = new HashSet<>();
        timers.forEach(timer -> ids.add(UUID.fromString(timer.subject())));
        return roster.current(tx).chain(current -> complaints.load(tx, ids).map(rows -> {
            List<EventEnvelope> events = new ArrayList<>();
            // Both clocks of a complaint may fall due in one round (after the service was down): one level-1 escalation.
            Set<UUID> escalated = new HashSet<>();
            for (DueTimer timer : timers) {
                for (ComplaintLifecycleEvent event : Breaches.fire(timer.name(), timer.dueAt(),
                        rows.get(UUID.fromString(timer.subject())), current.roster(), policy.headOfServiceAfter(),
                        now)) {
                    if (event instanceof ComplaintEscalated up && up.level() == 1 && !escalated.add(up.complaintId())) {
                        continue;
                    }
                    events.add(new EventEnvelope(EventMetadata.reactionTo(timer.cause(), event, source,
                            timer.name()), event));
                }
            }
            return events;
        }));
    }
}
