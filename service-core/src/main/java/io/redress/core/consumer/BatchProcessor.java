package io.redress.core.consumer;

import io.redress.core.events.EventPublisher;
import io.redress.core.timer.TimerScheduler;
import io.redress.core.timer.Timers;
import io.redress.core.view.Outcome;
import io.redress.core.view.ReadModel;
import io.redress.core.view.ReadModels;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a batch of records to the service's read models exactly once, inside the caller's transaction: skips
 * records below their partition's {@link Checkpoints checkpoint} (redelivered) and events already
 * {@link SeenEvents seen} (second copies), lets the {@link ReadModels} apply the rest, applies their timer changes,
 * records the events as seen and moves the checkpoints (one statement each), and sends the reactions of the live
 * records together, acknowledged by the broker before the transaction commits.
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
    private final TimerScheduler scheduler;

    public BatchProcessor(ReadModels models, SeenEvents seen, EventPublisher publisher, TimerScheduler scheduler) {
        this.models = models;
        this.seen = seen;
        this.publisher = publisher;
        this.scheduler = scheduler;
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
                        .call(outcomes -> timers(tx, outcomes, scope))
                        .call(() -> seen.remember(tx, events, memory))
                        .call(() -> Checkpoints.advance(tx, next(records)))
                        .call(outcomes -> publisher.appendAll(reactions(fresh, outcomes)))
                        .map(outcomes -> handled(records, fresh, outcomes));
            });
        });
    }

    private Uni<Void> timers(SqlConnection tx, List<Outcome> outcomes, Scope scope) {
        if (!scope.timers()) {
            return Uni.createFrom().voidItem();
        }
        return Timers.apply(tx, outcomes.stream().flatMap(o -> o.timers().stream()).toList())
                .invoke((Optional<Instant> earliest) -> earliest.ifPresent(scheduler::scheduled)).replaceWithVoid();
    }

    private static Map<Integer, Long> next(List<LogRecord> records) {
        Map<Integer, Long> next = new HashMap<>();
        records.forEach(record -> next.merge(record.position().partition(), record.position().offset() + 1,
                Math::max));
        return next;
    }

    private static List<EventEnvelope> reactions(List<LogRecord> fresh, List<Outcome> outcomes) {
        List<EventEnvelope> reactions = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).mode() == Mode.LIVE) {
                reactions.addAll(outcomes.get(i).reactions());
            }
        }
        return reactions;
    }

    private static List<Handled> handled(List<LogRecord> all, List<LogRecord> fresh, List<Outcome> outcomes) {
        Map<LogRecord, Outcome> byRecord = new IdentityHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            byRecord.put(fresh.get(i), outcomes.get(i));
        }
        return all.stream().map(record -> new Handled(record, byRecord.get(record), null)).toList();
    }
}
