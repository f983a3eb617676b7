package io.redress.core.view;

import io.redress.core.sql.Table;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * A read model of one row per event (a complaint's timeline or history) in one {@link Table} keyed by the event's
 * id: each event it reads becomes the entry {@link #entryOf} makes of it, all written in one statement; a second
 * copy of an event adds nothing.
 *
 * @param <E> the entry, a record
 */
public abstract class EntryModel<E> implements ReadModel {

    private final Table<?, E> table;

    protected EntryModel(Table<?, E> table) {
        this.table = table;
    }

    /** The entry an event makes. */
    protected abstract E entryOf(EventEnvelope envelope);

    @Override
    public List<String> tables() {
        return List.of(table.name());
    }

    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        List<E> entries = new ArrayList<>(events.size());
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (EventEnvelope envelope : events) {
            entries.add(entryOf(envelope));
            outcomes.add(Outcome.applied());
        }
        return table.insertMissing(tx, entries).replaceWith(outcomes);
    }
}
