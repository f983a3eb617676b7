package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The view rows (one per complaint) a batch of events touches, loaded in one query; a projection folds the batch
 * into them in memory, and the new rows are persisted together (changed ones are flushed at commit).
 *
 * @param <R> the view's entity, whose id is the complaint id
 */
public final class ComplaintRows<R> {

    private final Map<UUID, R> rows = new HashMap<>();
    private final List<R> added = new ArrayList<>();

    private ComplaintRows() {
    }

    /** Loads the rows of every complaint the events are about; runs inside the batch's transaction. */
    public static <R> Uni<ComplaintRows<R>> load(Class<R> type, Function<R, UUID> idOf, List<EventEnvelope> events) {
        Set<UUID> ids = new LinkedHashSet<>();
        events.forEach(envelope -> {
            if (envelope.event() instanceof ComplaintLifecycleEvent event) {
                ids.add(event.complaintId());
            }
        });
        ComplaintRows<R> loaded = new ComplaintRows<>();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(loaded);
        }
        return Panache.getSession().chain(session -> session.find(type, ids.toArray())).map(found -> {
            found.stream().filter(row -> row != null).forEach(row -> loaded.rows.put(idOf.apply(row), row));
            return loaded;
        });
    }

    /**
     * A projection's whole batch: loads the rows, folds each event into them with {@code apply}, persists the new
     * rows; one outcome per event, in order. Runs inside the batch's transaction.
     */
    public static <R> Uni<List<Outcome>> fold(Class<R> type, Function<R, UUID> idOf, List<EventEnvelope> events,
            BiFunction<EventEnvelope, ComplaintRows<R>, Outcome> apply) {
        return load(type, idOf, events).chain(rows -> {
            List<Outcome> outcomes = events.stream().map(envelope -> apply.apply(envelope, rows)).toList();
            return rows.persistNew().replaceWith(outcomes);
        });
    }

    /** The complaint's row, or null when the view does not know it (yet). */
    public R get(UUID complaintId) {
        return rows.get(complaintId);
    }

    /** Adds a new row, visible to the rest of the batch at once. */
    public void add(UUID complaintId, R row) {
        rows.put(complaintId, row);
        added.add(row);
    }

    /** The row's outcome after {@code change}, or ignored when the complaint is unknown. */
    public Outcome update(UUID complaintId, Function<R, Outcome> change) {
        R row = rows.get(complaintId);
        return row == null ? Outcome.ignored("unknown complaint " + complaintId) : change.apply(row);
    }

    /** Persists the rows added by the batch. */
    public Uni<Void> persistNew() {
        if (added.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.persistAll(added.toArray()));
    }
}
