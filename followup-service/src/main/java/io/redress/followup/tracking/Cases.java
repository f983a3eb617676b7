package io.redress.followup.tracking;

import io.redress.core.timer.TimerChange;
import io.redress.core.view.Evolution;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.followup.policy.FollowUpPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Read model {@code complaints}: each complaint's follow-up case in two tables, {@code followup_complaint} (one row)
 * and {@code followup_follow_up} (one row per follow-up). A batch loads the rows of the complaints it touches (one
 * query per table, the complaints' rows locked in key order), folds each event with {@link FollowUpTrail#evolve},
 * asks {@link Planner} what to plan or close in answer and which timers move, and writes the changed rows (one
 * statement per table). The consumer, a rebuild, the satisfaction command and the firing of timers all apply it.
 */
@Singleton
public class Cases implements ReadModel {

    private static final Logger LOG = Logger.getLogger(Cases.class);

    private final FollowUpPolicy policy;
    private final String source;

    public Cases(FollowUpPolicy policy, @ConfigProperty(name = "redress.source") String source) {
        this.policy = policy;
        this.source = source;
    }

    @Override
    public String name() {
        return "complaints";
    }

    /** 2: the cases and their follow-ups (migration V2026.12.02.6); 1: stage and owner (V2026.11.23.2). */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<String> tables() {
        return List.of(TrackedComplaintRows.TABLE.name(), FollowUpRows.TABLE.name());
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class, ComplaintAcknowledged.class,
                ComplaintResolved.class, ComplaintReopened.class, FollowUpScheduled.class, FollowUpSent.class,
                SatisfactionRecorded.class, ComplaintClosed.class);
    }

    /** The cases of these complaints, as they stand; in the caller's transaction when given one. */
    public Uni<Map<UUID, FollowUpCase>> load(SqlClient client, Set<UUID> ids) {
        return TrackedComplaintRows.TABLE.load(client, ids).chain(rows -> withFollowUps(client, rows));
    }

    /** As {@link #load}, the complaints' rows locked until the transaction ends (in key order). */
    public Uni<Map<UUID, FollowUpCase>> loadForUpdate(SqlConnection tx, Set<UUID> ids) {
        return TrackedComplaintRows.TABLE.loadForUpdate(tx, ids).chain(rows -> withFollowUps(tx, rows));
    }

    public Uni<FollowUpCase> find(SqlClient client, UUID id) {
        return load(client, Set.of(id)).map(cases -> cases.get(id));
    }

    private static Uni<Map<UUID, FollowUpCase>> withFollowUps(SqlClient client, Map<UUID, TrackedComplaint> rows) {
        return FollowUpRows.TABLE.loadAll(client, rows.keySet()).map(followUps -> {
            Map<UUID, List<FollowUp>> byComplaint = new HashMap<>();
            followUps.forEach(f -> byComplaint.computeIfAbsent(f.complaintId(), id -> new ArrayList<>()).add(f));
            Map<UUID, FollowUpCase> cases = new LinkedHashMap<>();
            rows.forEach((id, row) -> cases.put(id, new FollowUpCase(row, byComplaint.getOrDefault(id, List.of())
                    .stream().sorted(FollowUpCase.ORDER).toList())));
            return cases;
        });
    }

    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        Set<UUID> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(((ComplaintLifecycleEvent) e.event()).complaintId()));
        return loadForUpdate(tx, ids).chain(before -> {
            Map<UUID, FollowUpCase> cases = new HashMap<>(before);
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (EventEnvelope envelope : events) {
                ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
                FollowUpCase state = cases.get(event.complaintId());
                Evolution<FollowUpCase> evolution = FollowUpTrail.evolve(state, event, policy);
                outcomes.add(switch (evolution) {
                    case Evolution.Ignored<FollowUpCase> ignored -> Outcome.ignored(ignored.reason());
                    case Evolution.Unchanged<FollowUpCase> unchanged -> Outcome.applied();
                    case Evolution.Next<FollowUpCase> next -> {
                        cases.put(event.complaintId(), next.state());
                        yield Outcome.applied(reactions(envelope, state, next.state()),
                                timers(envelope, state, next.state()));
                    }
                });
            }
            return write(tx, before, cases).replaceWith(outcomes);
        });
    }

    private List<EventEnvelope> reactions(EventEnvelope envelope, FollowUpCase before, FollowUpCase after) {
        List<EventEnvelope> reactions = new ArrayList<>();
        for (ComplaintLifecycleEvent reaction : Planner.react(before, after,
                (ComplaintLifecycleEvent) envelope.event(), envelope.metadata().id(), policy)) {
            String qualifier = reaction instanceof FollowUpScheduled scheduled
                    ? Slot.of(scheduled.kind(), scheduled.clock()).timer() : "";
            reactions.add(new EventEnvelope(EventMetadata.reactionTo(envelope.metadata(), reaction, source,
                    qualifier), reaction));
            LOG.debugf("Complaint %s: %s in answer to %s", after.complaintId(), reaction, envelope.metadata().type());
        }
        return reactions;
    }

    private static List<TimerChange> timers(EventEnvelope envelope, FollowUpCase before, FollowUpCase after) {
        String subject = after.complaintId().toString();
        return Planner.timers(before, after).stream().map(plan -> plan.dueAt() == null
                ? (TimerChange) new TimerChange.Cancel(subject, plan.slot().timer())
                : new TimerChange.Set(envelope.metadata(), subject, plan.slot().timer(), plan.dueAt())).toList();
    }

    private static Uni<Void> write(SqlConnection tx, Map<UUID, FollowUpCase> before, Map<UUID, FollowUpCase> after) {
        List<TrackedComplaint> complaints = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        after.forEach((id, now) -> {
            FollowUpCase was = before.get(id);
            if (was == null || !was.complaint().equals(now.complaint())) {
                complaints.add(now.complaint());
            }
            for (FollowUp followUp : now.followUps()) {
                if (was == null || !Objects.equals(was.followUp(followUp.followUpId()).orElse(null), followUp)) {
                    followUps.add(followUp);
                }
            }
        });
        return TrackedComplaintRows.TABLE.upsert(tx, complaints)
                .chain(() -> FollowUpRows.TABLE.upsert(tx, followUps));
    }
}
