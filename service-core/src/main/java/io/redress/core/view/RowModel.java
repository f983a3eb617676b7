package io.redress.core.view;

import io.redress.core.sql.Table;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A read model of one row per subject (usually per complaint) in one {@link Table}: it loads the rows a batch
 * touches in one query, folds each event into its row with {@link #step}, the one per-event function that the live
 * consumer, a rebuild and the command pipeline all use, and writes the rows that changed in one statement. The rows
 * are read locked ({@link Table#loadForUpdate}): the consumer and a command folding the same row one after the
 * other, never both from the same old row.
 *
 * Subclasses are {@code @Singleton} beans (a normal-scoped bean would need a no-argument constructor).
 *
 * @param <K> the row's key
 * @param <S> the row's state, a record
 */
public abstract class RowModel<K, S> implements ReadModel {

    private final Table<K, S> table;

    protected RowModel(Table<K, S> table) {
        this.table = table;
    }

    /** The key of the row the event is about. */
    protected abstract K keyOf(EventEnvelope envelope);

    /**
     * What the event does to the row.
     *
     * @param state the row before the event, null when it does not exist (yet)
     */
    protected abstract Step<S> step(S state, EventEnvelope envelope);

    @Override
    public List<String> tables() {
        return List.of(table.name());
    }

    /** The rows with these keys, as this read model holds them; in the caller's transaction when given one. */
    public Uni<Map<K, S>> load(SqlClient client, Set<K> keys) {
        return table.load(client, keys);
    }

    /** The row with this key, or null; in the caller's transaction when given one. */
    public Uni<S> find(SqlClient client, K key) {
        return table.load(client, Set.of(key)).map(rows -> rows.get(key));
    }

    @Override
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        Set<K> keys = new LinkedHashSet<>();
        events.forEach(envelope -> keys.add(keyOf(envelope)));
        return table.loadForUpdate(tx, keys).chain(before -> {
            Map<K, S> rows = new HashMap<>(before);
            Map<K, S> changed = new LinkedHashMap<>();
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (EventEnvelope envelope : events) {
                K key = keyOf(envelope);
                Step<S> step = step(rows.get(key), envelope);
                if (step.state() != null) {
                    rows.put(key, step.state());
                    changed.put(key, step.state());
                }
                outcomes.add(step.outcome());
            }
            changed.entrySet().removeIf(row -> Objects.equals(before.get(row.getKey()), row.getValue()));
            return table.upsert(tx, changed.values()).chain(() -> written(tx, before, changed))
                    .replaceWith(outcomes);
        });
    }

    /**
     * Called in the batch's transaction once the changed rows are written, for a read model that keeps more than the
     * rows (rollups of them, say): what each changed row was before the batch (absent when new) and is now.
     */
    protected Uni<Void> written(SqlConnection tx, Map<K, S> before, Map<K, S> changed) {
        return Uni.createFrom().voidItem();
    }
}
