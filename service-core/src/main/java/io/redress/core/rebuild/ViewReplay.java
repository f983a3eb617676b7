package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.projection.BatchProcessor.Handled;
import io.redress.core.projection.BatchRunner;
import io.redress.core.projection.Checkpoint;
import io.redress.core.projection.ComplaintEventsConsumer;
import io.redress.core.projection.ConsumptionReport;
import io.redress.core.projection.LogPosition;
import io.redress.core.projection.LogRecord;
import io.redress.core.projection.Mode;
import io.redress.core.projection.Projection;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The work of one rebuild, with the live consumer already held: notes how far the view had got in a
 * {@link RebuildMarker}, replays {@code complaint-events} batch by batch into empty {@link ShadowTables}, and swaps
 * them in, removing the marker and recording the projection's {@link ViewVersion}, in one transaction. Readers see the last complete view until that moment.
 */
@ApplicationScoped
class ViewReplay {

    private static final Logger LOG = Logger.getLogger(ViewReplay.class);

    private final Projection projection;
    private final BatchRunner runner;
    private final EventCodec codec;
    private final LogReader logReader;
    private final ConsumptionReport report;
    private final Clock clock;

    ViewReplay(Projection projection, BatchRunner runner, EventCodec codec, LogReader logReader,
            ConsumptionReport report, Clock clock) {
        this.clock = clock;
        this.projection = projection;
        this.runner = runner;
        this.codec = codec;
        this.logReader = logReader;
        this.report = report;
    }

    void run(Progress progress, RebuildMarker interrupted, Runnable onBatch) throws Throwable {
        List<String> tables = new ArrayList<>(projection.tables());
        tables.addAll(List.of("consumer_checkpoint", "seen_event", "due_timer"));
        ShadowTables shadow = new ShadowTables(tables);
        Map<Integer, Long> appliedUpTo = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Checkpoint.all().call(() -> RebuildMarker.deleteAll())
                        .chain(checkpoints -> marker(progress, interrupted, checkpoints))
                        .call(shadow::prepare)));
        logReader.replay((batch, target) -> {
            apply(batch, appliedUpTo, progress.target(target));
            onBatch.run();
        });
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> shadow.swap().call(() -> RebuildMarker.deleteAll())
                        .call(() -> ViewVersion.record(projection.version(), clock.instant()))));
    }

    /** Writes the marker; an interrupted rebuild's offsets win over the partial view's checkpoints. */
    private static Uni<Map<Integer, Long>> marker(Progress progress, RebuildMarker interrupted,
            Map<Integer, Long> checkpoints) {
        Map<Integer, Long> appliedUpTo = new HashMap<>(checkpoints);
        if (interrupted != null) {
            interrupted.appliedUpTo().forEach((partition, next) -> appliedUpTo.merge(partition, next, Math::max));
        }
        return RebuildMarker.of(progress.startedAt(), appliedUpTo).persist().replaceWith(appliedUpTo);
    }

    private void apply(List<ConsumerRecord<String, byte[]>> batch, Map<Integer, Long> appliedUpTo,
            Progress progress) throws Throwable {
        List<LogRecord> records = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, byte[]> record : batch) {
            // Partitions are processed in order: every record below the view's checkpoint had its reactions sent. A
            // later one may not have: it is applied as live, and sends them.
            Mode mode = record.offset() >= appliedUpTo.getOrDefault(record.partition(), 0L) ? Mode.LIVE
                    : Mode.REPLAY;
            read(record).ifPresentOrElse(envelope -> records.add(new LogRecord(envelope,
                    new LogPosition(record.partition(), record.offset()), mode, record)), () -> progress.skipped(1));
        }
        List<Handled> handled = VertxContextSupport.subscribeAndAwait(() -> runner.run(records, (record, reason) -> {
            LOG.warnf("Rebuild skipped %s, which cannot be applied: %s", record.describe(), reason);
            return Uni.createFrom().voidItem();
        }, ShadowTables::route));
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
