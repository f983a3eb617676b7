package io.redress.resolution.reopening;

import io.redress.core.view.Reactor;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.SatisfactionRecorded;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.roster.RosterStore;
import io.redress.resolution.sla.SlaPolicy;
import io.redress.resolution.view.Complaints;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reopens resolved complaints on {@code SatisfactionRecorded} with a low score and on {@code ContactLogged} after the
 * resolution ({@link Reopening}), with both clocks restarted in the team's calendar; once per complaint per batch.
 */
@ApplicationScoped
public class ReopenReactor implements Reactor {

    private final Complaints complaints;
    private final RosterStore rosters;
    private final SlaPolicy policy;
    private final Clock clock;
    private final String source;

    public ReopenReactor(Complaints complaints, RosterStore rosters, SlaPolicy policy, Clock clock,
            @ConfigProperty(name = "redress.source") String source) {
        this.complaints = complaints;
        this.rosters = rosters;
        this.policy = policy;
        this.clock = clock;
        this.source = source;
    }

    @Override
    public String name() {
        return "reopening";
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reactsTo() {
        return Set.of(SatisfactionRecorded.class, ContactLogged.class);
    }

    @Override
    public Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(((ComplaintLifecycleEvent) e.event()).complaintId()));
        return rosters.current(tx).chain(roster -> complaints.load(tx, ids).map(rows -> {
            Instant now = clock.instant();
            Set<UUID> reopened = new HashSet<>();
            List<EventEnvelope> reactions = new ArrayList<>();
            for (EventEnvelope envelope : events) {
                ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
                ComplaintState state = rows.get(event.complaintId());
                if (state == null || reopened.contains(state.complaintId())) {
                    continue;
                }
                SlaPolicy.Dues dues = policy.dues(state.severity(), roster.roster().calendar(state.team()), now);
                Reopening.after(event, state, dues, now).ifPresent(reopen -> {
                    reopened.add(state.complaintId());
                    reactions.add(EventEnvelope.reactionTo(envelope.metadata(), reopen, source));
                });
            }
            return reactions;
        }));
    }
}
