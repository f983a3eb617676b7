package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.projection.ComplaintEventsConsumer;
import io.redress.core.projection.EventProcessor;
import io.redress.core.projection.LogPosition;
import io.redress.core.projection.Mode;
import io.redress.core.projection.Outcome;
import io.redress.core.projection.ProcessedEvent;
import io.redress.core.projection.ProcessingGate;
import io.redress.core.projection.Projection;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Throws this service's view away and replays {@code complaint-events} from the beginning into it, with the live
 * consumer held at the {@link ProcessingGate} meanwhile. One rebuild at a time; progress is logged and readable.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final Projection projection;
    private final EventProcessor processor;
    private final ProcessingGate gate;
    private final EventCodec codec;
    private final LogReader logReader;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(RebuildService::daemon);

    public RebuildService(Projection projection, EventProcessor processor, ProcessingGate gate, EventCodec codec,
            LogReader logReader, Clock clock) {
        this.projection = projection;
        this.processor = processor;
        this.gate = gate;
        this.codec = codec;
        this.logReader = logReader;
        this.clock = clock;
    }

    /** A rebuild must never keep a stopping service alive: its marker makes the next start rebuild again. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "redress-rebuild");
        thread.setDaemon(true);
        return thread;
    }

    void onStart(@Observes StartupEvent startup) {
        resumeIfInterrupted();
    }

    /** Restarts a rebuild that a stop interrupted, so the service never serves a partly replayed view for long. */
    public void resumeIfInterrupted() {
        worker.submit(() -> {
            try {
                RebuildMarker marker = VertxContextSupport.subscribeAndAwait(
                        () -> Panache.withSession(() -> RebuildMarker.<RebuildMarker>findById(RebuildMarker.ONLY)));
                if (marker != null) {
                    LOG.warnf("The rebuild started at %s did not finish; rebuilding the view again", marker.startedAt);
                    start();
                }
            } catch (Throwable e) {
                LOG.errorf(e, "Could not check for an interrupted rebuild");
            }
        });
    }

    public RebuildStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return the status of the rebuild just started, or empty when one is already running
     */
    public Optional<RebuildStatus> start() {
        RebuildStatus current = status.get();
        RebuildStatus running = new RebuildStatus(RebuildStatus.State.RUNNING, clock.instant(), null, 0, 0, 0, 0, 0,
                null);
        if (current.state() == RebuildStatus.State.RUNNING || !status.compareAndSet(current, running)) {
            return Optional.empty();
        }
        worker.submit(this::run);
        return Optional.of(running);
    }

    private void run() {
        Progress progress = new Progress(status.get().startedAt(), clock);
        try {
            LOG.info("Rebuild started: holding the live consumer and clearing the view");
            gate.close().join();
            Map<Integer, Long> processedUpTo = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> ProcessedEvent.lastOffsets().call(() -> projection.reset())
                            .call(() -> ProcessedEvent.deleteAll())
                            .call(() -> RebuildMarker.deleteAll())
                            .call(() -> RebuildMarker.startedAt(progress.startedAt()).persist())));
            logReader.replay((batch, target) -> applyBatch(batch, processedUpTo, progress.target(target)));
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> RebuildMarker.deleteAll()));
            status.set(progress.completed());
            LOG.infof("Rebuild completed: %s", progress.summary());
        } catch (Throwable e) {
            status.set(progress.failed(e));
            LOG.errorf(e, "Rebuild failed after %s", progress.summary());
        } finally {
            gate.open();
        }
    }

    private void applyBatch(List<ConsumerRecord<String, byte[]>> batch, Map<Integer, Long> processedUpTo,
            Progress progress) throws Throwable {
        List<Optional<Outcome>> outcomes = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> applyInOrder(batch, processedUpTo)));
        outcomes.forEach(progress::count);
        status.set(progress.running());
        progress.logIfDue(LOG);
    }

    private Uni<List<Optional<Outcome>>> applyInOrder(List<ConsumerRecord<String, byte[]>> batch,
            Map<Integer, Long> processedUpTo) {
        Uni<List<Optional<Outcome>>> chain = Uni.createFrom().item(new ArrayList<>());
        for (ConsumerRecord<String, byte[]> record : batch) {
            // Partitions are processed in order, so every record up to the last one this view had processed has had
            // its reactions sent. A later one may not have: it is applied as live, and sends them.
            Mode mode = record.offset() > processedUpTo.getOrDefault(record.partition(), -1L) ? Mode.LIVE
                    : Mode.REPLAY;
            chain = chain.chain(done -> applyOne(record, mode).map(outcome -> {
                done.add(outcome);
                return done;
            }));
        }
        return chain;
    }

    private Uni<Optional<Outcome>> applyOne(ConsumerRecord<String, byte[]> record, Mode mode) {
        Optional<EventEnvelope> envelope;
        try {
            envelope = ComplaintEventsConsumer.read(codec, record);
        } catch (InvalidEventException e) {
            LOG.debugf("Rebuild skipped unreadable record %d@%d: %s", record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().item(Optional.empty());
        }
        if (envelope.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return processor.applyOnce(envelope.get(), new LogPosition(record.partition(), record.offset()), mode);
    }
}
