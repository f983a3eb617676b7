package io.redress.analytics.rollup;

import io.redress.core.sql.Sql;
import io.redress.core.view.Outcome;
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
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Read model {@code summary-rollup}: each complaint's {@link Timeline} ({@code analytics_rollup_complaint}), and
 * what all of them add to each summary figure per receipt day and contribution day ({@code analytics_rollup_cell}),
 * so that a summary over two years adds up a few hundred thousand sums instead of reading a million complaints. The
 * distinct customers are kept as complaints per receipt day and the receipt day of the same customer's previous
 * complaint ({@code analytics_rollup_customer}): the customers of a window are its complaints whose previous one
 * came before the window.
 *
 * Each batch adds the difference between the contributions of every changed timeline before and after it. A filing
 * re-reads its customer's complaints under an advisory lock on the customer and moves those whose previous
 * complaint changed (an import arriving out of receipt order). A filing or a step that counts for the risk score
 * rewrites its customer's {@link RiskSpans} from its moment on, and a filing, resolution or answer their
 * {@link Paradoxes}, from one read of the customer's timelines.
 */
@Singleton
public class SummaryRollup extends RowModel<UUID, Timeline> {

    private static final Logger LOG = Logger.getLogger(SummaryRollup.class);

    public SummaryRollup() {
        super(TimelineRows.TABLE);
    }

    @Override
    public String name() {
        return "summary-rollup";
    }

    /**
     * 9: the sums per receipt hour (V2026.12.04.4);
     * 8: the paradox's changes summed per receipt day (V2026.12.04.1);
     * 7: a checksum of each duration metric's seconds ({@link Contributions#check}), no change to the tables;
     * 6: each customer's risk as spans of asOf, and their day sums (V2026.12.03.4);
     * 5: what each complaint adds to its customer's risk score, and the filing's lifetime value (V2026.12.03.2);
     * 4: the recovery figures, from steps that carry the apology, the remedy, the extra mile and the answer's drivers,
     * and the paradox's changes (V2026.12.03.1);
     * 3: the week sums (V2026.12.02.13); 2: the tables rewritten with room to update in place (V2026.12.02.12); 1: the
     * tables of V2026.12.02.11.
     */
    @Override
    public int version() {
        return 9;
    }

    @Override
    public List<String> tables() {
        return List.of(TimelineRows.TABLE.name(), "analytics_rollup_cell", "analytics_rollup_day",
                "analytics_rollup_week", "analytics_rollup_month", "analytics_rollup_hour", "analytics_rollup_span",
                "analytics_rollup_customer", ParadoxRows.TABLE, ParadoxRows.DAYS, RiskSpanRows.TABLE,
                RiskSpanRows.DAYS);
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class, ComplaintAcknowledged.class, ContactLogged.class,
                SlaBreached.class, ComplaintEscalated.class, ComplaintResolved.class, ComplaintReopened.class,
                SatisfactionRecorded.class, ComplaintClosed.class);
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    @Override
    protected Step<Timeline> step(Timeline timeline, EventEnvelope envelope) {
        return TimelineFold.evolve(timeline, (ComplaintLifecycleEvent) envelope.event()).step();
    }

    /**
     * Locks the customers of the batch's filings and of its steps that can change a risk score (resolutions and
     * answers among them) before any row, all at once and in order, so that two writers of one customer take turns:
     * the previous complaints, the paradox and the risk spans read every complaint of the customer.
     */
    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        Set<String> customers = new TreeSet<>();
        List<UUID> touched = new ArrayList<>();
        events.forEach(e -> {
            if (e.event() instanceof ComplaintFiled filed) {
                customers.add(lockKey(filed.customerId()));
            } else if (risky(e.event())) {
                touched.add(((ComplaintLifecycleEvent) e.event()).complaintId());
            }
        });
        Uni<Void> lookUp = touched.isEmpty() ? Uni.createFrom().voidItem() : Sql.query(tx,
                "select distinct customer_id from analytics_rollup_complaint where complaint_id = any($1)",
                (Object) touched.toArray(UUID[]::new))
                .invoke(rows -> rows.forEach(row -> customers.add(lockKey(row.getString("customer_id")))))
                .replaceWithVoid();
        return lookUp.chain(() -> Sql.lockAll(tx, customers)).chain(() -> super.apply(tx, events));
    }

    private static boolean risky(ComplaintEvent event) {
        return event instanceof ComplaintResolved || event instanceof SatisfactionRecorded
                || event instanceof ComplaintReopened || event instanceof ContactLogged || event instanceof SlaBreached
                || event instanceof ComplaintClosed;
    }

    @Override
    protected Uni<Void> written(SqlConnection tx, Map<UUID, Timeline> before, Map<UUID, Timeline> changed) {
        Cells cells = new Cells();
        Set<String> customers = new TreeSet<>();
        Set<String> paradox = new TreeSet<>();
        Set<UUID> filed = new HashSet<>();
        Map<String, Instant> riskCuts = new TreeMap<>();
        changed.forEach((id, now) -> {
            Timeline old = before.get(id);
            Instant cut = riskCut(old, now);
            if (cut != null) {
                riskCuts.merge(now.customerId(), cut, (a, b) -> a.isBefore(b) ? a : b);
            }
            if (old != null) {
                cells.add(old, -1);
            } else {
                filed.add(id);
                customers.add(now.customerId());
            }
            if (old == null || paradoxSteps(old) != paradoxSteps(now)) {
                paradox.add(now.customerId());
            }
            cells.add(now, 1);
        });
        return cells.writeAll(tx).chain(() -> customers.isEmpty() ? Uni.createFrom().voidItem()
                : previousComplaints(tx, customers, filed))
                .chain(() -> riskCuts.isEmpty() ? Uni.createFrom().voidItem()
                        : TimelineRows.ofCustomers(tx, riskCuts.keySet()).chain(timelines -> {
                            Map<String, List<Timeline>> paradoxes = new TreeMap<>(timelines);
                            paradoxes.keySet().retainAll(paradox);
                            return ParadoxRows.rewrite(tx, paradoxes)
                                    .chain(() -> RiskSpanRows.rewrite(tx, timelines, riskCuts));
                        }));
    }

    /**
     * The earliest moment this change can move its customer's risk from: the filing of a new complaint, else the
     * earliest new step that counts for the score; null when none does.
     */
    private static Instant riskCut(Timeline old, Timeline now) {
        Instant cut = old == null ? now.filedAt() : null;
        for (Timeline.Step step : now.steps().subList(old == null ? 0 : old.steps().size(), now.steps().size())) {
            if (RiskSpans.matters(step.kind()) && (cut == null || step.at().isBefore(cut))) {
                cut = step.at();
            }
        }
        return cut;
    }

    private static long paradoxSteps(Timeline t) {
        return t.steps().stream().filter(s -> Paradoxes.matters(s.kind())).count();
    }

    /** Sets each complaint's previous one for these customers, and moves the complaints whose previous one changed. */
    private Uni<Void> previousComplaints(SqlConnection tx, Set<String> customers, Set<UUID> filed) {
        return Sql.query(tx, """
                select complaint_id, customer_id, received_at, prev_received_at from analytics_rollup_complaint
                where customer_id = any($1) order by customer_id, received_at, complaint_id""",
                (Object) customers.toArray(String[]::new)).chain(rows -> {
                    Cells moved = new Cells();
                    List<UUID> ids = new ArrayList<>();
                    List<OffsetDateTime> prevs = new ArrayList<>();
                    String customer = null;
                    Instant previous = null;
                    for (Row row : rows) {
                        UUID id = row.getUUID("complaint_id");
                        Instant received = Sql.instant(row, "received_at");
                        if (!row.getString("customer_id").equals(customer)) {
                            customer = row.getString("customer_id");
                            previous = null;
                        }
                        Instant stored = Sql.instant(row, "prev_received_at");
                        boolean isNew = filed.contains(id);
                        if (isNew || !Objects.equals(stored, previous)) {
                            if (!isNew) {
                                moved.add(new Cells.Key(Cells.day(received), Cells.day(stored), ""), -1);
                            }
                            moved.add(new Cells.Key(Cells.day(received), Cells.day(previous), ""), 1);
                            if (!Objects.equals(stored, previous)) {
                                ids.add(id);
                                prevs.add(Sql.time(previous));
                            }
                        }
                        previous = received;
                    }
                    if (LOG.isDebugEnabled() && !ids.isEmpty()) {
                        LOG.debugf("summary-rollup: previous complaint set for %d complaints of %d customers",
                                ids.size(), customers.size());
                    }
                    Uni<Void> update = ids.isEmpty() ? Uni.createFrom().voidItem() : Sql.execute(tx, """
                            update analytics_rollup_complaint c set prev_received_at = u.prev
                            from unnest($1::uuid[], $2::timestamptz[]) as u(id, prev) where c.complaint_id = u.id""",
                            ids.toArray(UUID[]::new), prevs.toArray(OffsetDateTime[]::new));
                    return update.chain(() -> moved.writeCustomers(tx));
                });
    }

    private static String lockKey(String customerId) {
        return "summary-rollup customer " + customerId;
    }
}
