package io.redress.core.consumer;

import io.redress.core.events.EventPublisher;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.core.view.ReadModels;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a batch of records to the service's read models exactly once, inside the caller's transaction: skips
 * records below their partition's {@link Checkpoints checkpoint} (redelivered) and events already
 * {@link SeenEvents seen} (second copies), lets the {@link ReadModels} apply the rest, applies their timer changes,
 * records the events as seen and moves the checkpoints (one statement each), writes the reactions of the live
 * records through ({@link WriteThrough}) and sends them together, acknowledged by the broker before the transaction
 * commits.
 */
@ApplicationScoped
public class BatchProcessor {

    /**
     * Which read models a batch is for: all of them (live, a full rebuild), or some (a rebuild of those alone, which
     * leaves the timers as they are).
     */
    public record Scope(Predicate<ReadModel> models, boolean timers) {

        public static final Scope ALL = new Scope(model -> true, true);

        public static Scope only(Set<String> names) {
            return new Scope(model -> names.contains(model.name()), false);
        }
    }

    private final ReadModels models;
    private final SeenEvents seen;
    private final EventPublisher publisher;
    private final WriteThrough writeThrough;

    public BatchProcessor(ReadModels models, SeenEvents seen, EventPublisher publisher, WriteThrough writeThrough) {
        this.models = models;
        this.seen = seen;
        this.publisher = publisher;
        this.writeThrough = writeThrough;
    }

    /**
     * What became of one record: its outcome; none when it had been applied before (a duplicate); or why it could
     * not be applied at all.
     */
    public record Handled(LogRecord record, Outcome outcome, String failure) {

        public boolean duplicate() {
            return outcome == null && failure == null;
        }
    }

    /** Must run inside an open transaction; returns one {@link Handled} per record, in order. */
    public Uni<List<Handled>> apply(SqlConnection tx, List<LogRecord> records, Scope scope, RecentIds memory) {
        Set<Integer> partitions = new HashSet<>();
        records.forEach(record -> partitions.add(record.position().partition()));
        return Checkpoints.load(tx, partitions).chain(checkpoints -> {
            List<LogRecord> unapplied = records.stream().filter(record -> record.position().offset()
                    >= checkpoints.getOrDefault(record.position().partition(), 0L)).toList();
            return seen.unseen(tx, unapplied, memory).chain(fresh -> {
                List<EventEnvelope> events = fresh.stream().map(LogRecord::envelope).toList();
                return models.apply(tx, events, scope.models())
                        .call(outcomes -> writeThrough.timers(tx, outcomes, scope))
                        .call(() -> seen.remember(tx, events, memory))
                        .call(() -> Checkpoints.advance(tx, next(records)))
                        .call(outcomes -> reactions(tx, fresh, outcomes, scope, memory).chain(publisher::appendAll))
                        .map(outcomes -> handled(records, fresh, outcomes));
            });
        });
    }

    /** The live records' reactions, written through; a replayed record's are in the log already. */
    private Uni<List<EventEnvelope>> reactions(SqlConnection tx, List<LogRecord> fresh, List<Outcome> outcomes,
            Scope scope, RecentIds memory) {
        List<EventEnvelope> live = new ArrayList<>();
        List<Outcome> liveOutcomes = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).mode() == Mode.LIVE) {
                live.add(fresh.get(i).envelope());
                liveOutcomes.add(outcomes.get(i));
            }
        }
        return live.isEmpty() ? Uni.createFrom().item(List.of())
                : writeThrough.react(tx, live, liveOutcomes, scope, memory);
    }

    private static Map<Integer, Long> next(List<LogRecord> records) {
        Map<Integer, Long> next = new HashMap<>();
        records.forEach(record -> next.merge(record.position().partition(), record.position().offset() + 1,
                Math::max));
        return next;
    }

    private static List<Handled> handled(List<LogRecord> all, List<LogRecord> fresh, List<Outcome> outcomes) {
        Map<LogRecord, Outcome> byRecord = new IdentityHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            byRecord.put(fresh.get(i), outcomes.get(i));
        }
        return all.stream().map(record -> new Handled(record, byRecord.get(record), null)).toList();
    }
}
