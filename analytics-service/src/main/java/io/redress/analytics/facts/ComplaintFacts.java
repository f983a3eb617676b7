package io.redress.analytics.facts;

import io.redress.analytics.hotspot.HotspotDays;
import io.redress.analytics.hotspot.HotspotHours;
import io.redress.core.view.RowModel;
import io.redress.core.view.Step;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.SlaBreached;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Read model {@code complaint-facts} ({@code analytics_complaint}): each complaint as filed (when it arrived, how,
 * about what, from whom) and the first time it reached each step of its life, folded with {@link FactFold#evolve};
 * and each filing counted in the hot spots' day and month sums ({@link HotspotDays}) and hour sums
 * ({@link HotspotHours}).
 */
@Singleton
public class ComplaintFacts extends RowModel<UUID, ComplaintFact> {

    public ComplaintFacts() {
        super(ComplaintFactRows.TABLE);
    }

    @Override
    public String name() {
        return "complaint-facts";
    }

    /**
     * 6: the hot spots' hour sums (V2026.12.03.6); 5: the hot spots' day and month sums, kept at each filing
     * (V2026.12.03.5); 4: how many assignments a complaint has had (V2026.12.03.3); 3: receipt never after the filing,
     * the first resolution and closing the earliest by event time; 2: the milestones and the filing's slicing fields
     * (migration V2026.12.02.8); 1 had the owner only.
     */
    @Override
    public int version() {
        return 6;
    }

    @Override
    public List<String> tables() {
        return List.of(ComplaintFactRows.TABLE.name(), HotspotDays.TABLE, HotspotDays.MONTH_TABLE,
                HotspotHours.TABLE);
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(ComplaintFiled.class, ComplaintAssigned.class, ComplaintAcknowledged.class,
                ComplaintResolved.class, SlaBreached.class, ComplaintReopened.class, ComplaintClosed.class);
    }

    @Override
    protected UUID keyOf(EventEnvelope envelope) {
        return ((ComplaintLifecycleEvent) envelope.event()).complaintId();
    }

    /**
     * Counts each newly filed complaint in the hot spots' day, month and hour sums; a second filing of one is ignored
     * by the fold.
     */
    @Override
    protected Uni<Void> written(SqlConnection tx, Map<UUID, ComplaintFact> before, Map<UUID, ComplaintFact> changed) {
        HotspotDays days = new HotspotDays();
        HotspotHours hours = new HotspotHours();
        changed.forEach((id, fact) -> {
            if (!before.containsKey(id)) {
                days.filed(fact);
                hours.filed(fact);
            }
        });
        return days.write(tx).chain(() -> hours.write(tx));
    }

    @Override
    protected Step<ComplaintFact> step(ComplaintFact fact, EventEnvelope envelope) {
        return FactFold.evolve(fact, (ComplaintLifecycleEvent) envelope.event()).step();
    }
}
