package io.redress.core.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.events.EventPublisher;
import io.redress.core.timer.Timers;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies a batch of records to the view exactly once, inside the caller's transaction: skips records below the
 * partition's {@link Checkpoint} (redelivered) and events already {@link SeenEvent seen} (second copies), lets the
 * {@link Projection} apply the rest in one go, moves the checkpoints, and sends the reactions of the live records
 * together, acknowledged by the broker before the transaction commits.
 */
@ApplicationScoped
public class BatchProcessor {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final Projection projection;
    private final EventPublisher publisher;
    private final Duration dedupWindow;
    private volatile Instant prunedUpTo = Instant.EPOCH;

    public BatchProcessor(Projection projection, EventPublisher publisher,
            @ConfigProperty(name = "redress.dedup.window", defaultValue = "P7D") Duration dedupWindow) {
        this.projection = projection;
        this.publisher = publisher;
        this.dedupWindow = dedupWindow;
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
    public Uni<List<Handled>> apply(List<LogRecord> records) {
        Set<Integer> partitions = new HashSet<>();
        records.forEach(record -> partitions.add(record.position().partition()));
        return Checkpoint.of(partitions).chain(checkpoints -> {
            List<LogRecord> unapplied = records.stream().filter(record -> record.position().offset()
                    >= next(checkpoints, record.position().partition())).toList();
            return unseen(unapplied).chain(fresh -> projection.applyAll(envelopes(fresh))
                    .call(outcomes -> Timers.apply(outcomes.stream().flatMap(o -> o.timers().stream()).toList()))
                    .call(outcomes -> remember(fresh, records, checkpoints))
                    .call(outcomes -> publisher.appendAll(reactions(fresh, outcomes)))
                    .map(outcomes -> handled(records, fresh, outcomes)));
        });
    }

    private static long next(Map<Integer, Checkpoint> checkpoints, int partition) {
        Checkpoint checkpoint = checkpoints.get(partition);
        return checkpoint == null ? 0 : checkpoint.nextOffset;
    }

    /** The records whose event id has not been applied before (in the window, or earlier in this batch). */
    private static Uni<List<LogRecord>> unseen(List<LogRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = records.stream().map(record -> record.envelope().metadata().id()).toList();
        return SeenEvent.<SeenEvent>list("eventId in ?1", ids).map(rows -> {
            Set<UUID> seen = new HashSet<>();
            rows.forEach(row -> seen.add(row.eventId));
            return records.stream().filter(record -> seen.add(record.envelope().metadata().id())).toList();
        });
    }

    private Uni<Void> remember(List<LogRecord> fresh, List<LogRecord> all, Map<Integer, Checkpoint> checkpoints) {
        List<Object> rows = new ArrayList<>();
        fresh.forEach(record -> rows.add(SeenEvent.of(record)));
        Map<Integer, Long> last = new HashMap<>();
        all.forEach(record -> last.merge(record.position().partition(), record.position().offset(), Math::max));
        last.forEach((partition, offset) -> {
            Checkpoint checkpoint = checkpoints.get(partition);
            if (checkpoint == null) {
                rows.add(Checkpoint.at(partition, offset + 1));
            } else {
                checkpoint.passed(offset);
            }
        });
        return Panache.getSession().chain(session -> session.persistAll(rows.toArray()))
                .call(() -> pruneIfDue(fresh));
    }

    /** Forgets event ids older than the window, judged by event time so a replay prunes the same way. */
    private Uni<Void> pruneIfDue(List<LogRecord> fresh) {
        Instant newest = fresh.stream().map(record -> record.envelope().metadata().time()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Instant horizon = newest.minus(dedupWindow);
        if (horizon.isBefore(prunedUpTo.plus(PRUNE_EVERY))) {
            return Uni.createFrom().voidItem();
        }
        prunedUpTo = horizon;
        return SeenEvent.delete("occurredAt < ?1", horizon).replaceWithVoid();
    }

    private static List<EventEnvelope> envelopes(List<LogRecord> records) {
        return records.stream().map(LogRecord::envelope).toList();
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
