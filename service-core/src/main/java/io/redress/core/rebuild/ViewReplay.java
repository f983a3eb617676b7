package io.redress.core.rebuild;

import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.consumer.BatchProcessor.Handled;
import io.redress.core.consumer.BatchProcessor.Scope;
import io.redress.core.consumer.BatchRunner;
import io.redress.core.consumer.Checkpoints;
import io.redress.core.consumer.ComplaintEventsConsumer;
import io.redress.core.consumer.ConsumptionReport;
import io.redress.core.consumer.LogPosition;
import io.redress.core.consumer.LogRecord;
import io.redress.core.consumer.Mode;
import io.redress.core.consumer.RecentIds;
import io.redress.core.view.ReadModel;
import io.redress.core.view.ReadModels;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The work of one rebuild, with the live consumers held: notes how far the view had got in a {@link Marker},
 * replays {@code complaint-events} batch by batch into empty {@link ShadowTables}, and swaps them in, removing the
 * marker and recording the rebuilt read models' versions, in one transaction. A rebuild of every read model also
 * rebuilds the checkpoints, the seen events and the timers, and replays to the log's end; a rebuild of some replays
 * only as far as the view had got, into scratch checkpoints, and leaves everything else alone. Readers see the last
 * complete view until the swap. One batch is written while the next is read from the log and decoded.
 */
@ApplicationScoped
class ViewReplay {

    private static final Logger LOG = Logger.getLogger(ViewReplay.class);
    private static final List<String> PROCESSING = List.of("consumer_checkpoint", "seen_event");

    private final ReadModels models;
    private final BatchRunner runner;
    private final EventCodec codec;
    private final LogReader logReader;
    private final ConsumptionReport report;
    private final Pool pool;
    private final Clock clock;

    ViewReplay(ReadModels models, BatchRunner runner, EventCodec codec, LogReader logReader, ConsumptionReport report,
            Pool pool, Clock clock) {
        this.models = models;
        this.runner = runner;
        this.codec = codec;
        this.logReader = logReader;
        this.report = report;
        this.pool = pool;
        this.clock = clock;
    }

    /** @param chosen the read models to rebuild: all of the service's is a full rebuild */
    void run(Progress progress, Set<String> chosen, Optional<Marker> interrupted, Runnable onBatch)
            throws Throwable {
        boolean full = chosen.containsAll(models.names());
        List<ReadModel> rebuilt = models.all().stream().filter(model -> chosen.contains(model.name())).toList();
        List<String> modelTables = rebuilt.stream().flatMap(model -> model.tables().stream()).toList();
        List<String> copied = new ArrayList<>(modelTables);
        copied.addAll(PROCESSING);
        if (full) {
            copied.add("due_timer");
        }
        ShadowTables shadow = new ShadowTables(copied, full ? copied : modelTables);
        Map<Integer, Long> appliedUpTo = VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(
                tx -> Checkpoints.all(tx).chain(checkpoints -> {
                    Map<Integer, Long> upTo = new HashMap<>(checkpoints);
                    interrupted.ifPresent(marker -> marker.appliedUpTo()
                            .forEach((partition, next) -> upTo.merge(partition, next, Math::max)));
                    Marker marker = new Marker(progress.startedAt(), upTo, full ? Set.of() : chosen);
                    return Marker.delete(tx).chain(() -> marker.write(tx)).chain(() -> shadow.prepare(tx))
                            .replaceWith(upTo);
                })));
        Scope scope = full ? Scope.ALL : Scope.only(chosen);
        RecentIds memory = new RecentIds();
        // One batch is written while the next is polled and decoded (the database and this JVM's CPU overlap);
        // never two, so batches apply in log order.
        AtomicReference<CompletableFuture<List<Handled>>> writing = new AtomicReference<>(
                CompletableFuture.completedFuture(List.of()));
        try {
            logReader.replay((batch, target) -> {
                List<LogRecord> records = decode(batch, appliedUpTo, progress.target(target));
                count(writing.get(), progress);
                onBatch.run();
                writing.set(write(records, scope, memory));
            }, full ? null : appliedUpTo);
        } catch (Throwable e) {
            writing.get().handle((handled, failure) -> null).join(); // the rebuild stops with no write in flight
            throw e;
        }
        count(writing.get(), progress);
        Map<String, Integer> versions = new HashMap<>();
        rebuilt.forEach(model -> versions.put(model.name(), model.version()));
        VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(tx -> shadow.swap(tx)
                .chain(() -> Marker.delete(tx))
                .chain(() -> ReadModelVersions.record(tx, versions, clock.instant()))));
    }

    private List<LogRecord> decode(List<ConsumerRecord<String, byte[]>> batch, Map<Integer, Long> appliedUpTo,
            Progress progress) {
        List<LogRecord> records = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, byte[]> record : batch) {
            // Partitions are processed in order: every record below the view's checkpoint had its reactions sent. A
            // later one may not have: it is applied as live, and sends them.
            Mode mode = record.offset() >= appliedUpTo.getOrDefault(record.partition(), 0L) ? Mode.LIVE
                    : Mode.REPLAY;
            // Without the raw record (a rebuild dead-letters nothing): two batches are in memory at once.
            read(record).ifPresentOrElse(envelope -> records.add(new LogRecord(envelope,
                    new LogPosition(record.partition(), record.offset()), mode, null)), () -> progress.skipped(1));
        }
        return records;
    }

    /** Starts writing a batch into the shadow tables, on a Vert.x context of its own; completes when committed. */
    private CompletableFuture<List<Handled>> write(List<LogRecord> records, Scope scope, RecentIds memory) {
        CompletableFuture<List<Handled>> written = new CompletableFuture<>();
        VertxContextSupport.subscribe(() -> runner.run(records, scope, memory, (record, reason) -> {
            LOG.warnf("Rebuild skipped %s, which cannot be applied: %s", record.describe(), reason);
            return Uni.createFrom().voidItem();
        }, ShadowTables::route).toMulti(), subscribe -> subscribe.with(written::complete,
                written::completeExceptionally));
        return written;
    }

    /** Waits for a batch's write and counts what became of its records; rethrows what made it fail. */
    private void count(CompletableFuture<List<Handled>> written, Progress progress) throws Throwable {
        List<Handled> handled;
        try {
            handled = written.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
        report.count(handled);
        handled.forEach(progress::count);
    }

    private Optional<EventEnvelope> read(ConsumerRecord<String, byte[]> record) {
        try {
            return ComplaintEventsConsumer.read(codec, record);
        } catch (InvalidEventException e) {
            LOG.debugf("Rebuild skipped unreadable record %d@%d: %s", record.partition(), record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
