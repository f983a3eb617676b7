package io.redress.analytics.rootcause;

import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.redress.events.RootCauseIdentified;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Read model {@code root-causes} ({@code analytics_root_cause}, {@code analytics_root_cause_complaint}): each root
 * cause and the complaints it names, linked whether or not those complaints are in the view yet (their events are on
 * other partitions, and reads join the two), so the view is the same whichever arrives first.
 */
@Singleton
public class RootCauses implements ReadModel {

    @Override
    public String name() {
        return "root-causes";
    }

    /** 2: when the corrective action took effect (migration V2026.12.02.7); 1: the tables of V2026.11.23.3. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<String> tables() {
        return List.of(RootCauseTables.CAUSES.name(), RootCauseTables.LINKS.name());
    }

    @Override
    public Set<Class<? extends ComplaintEvent>> reads() {
        return Set.of(RootCauseIdentified.class);
    }

    /** Inserts what is not stored yet, so a second copy of a root cause changes nothing (and is still applied). */
    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        RootCauseBatch batch = RootCauseBatch.of(events.stream()
                .map(envelope -> (RootCauseIdentified) envelope.event()).toList());
        return RootCauseTables.CAUSES.insertMissing(tx, batch.causes())
                .chain(() -> RootCauseTables.LINKS.insertMissing(tx, batch.links()))
                .replaceWith(Collections.nCopies(events.size(), Outcome.applied()));
    }
}
