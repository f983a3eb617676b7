package io.redress.core.rebuild;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.consumer.Checkpoints;
import io.redress.core.gate.ProcessingGate;
import io.redress.core.gate.ViewLock;
import io.redress.core.view.ReadModel;
import io.redress.core.view.ReadModels;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Schedules rebuilds of this service's read models (one at a time, in the background, with this instance's live
 * consumer held at the {@link ProcessingGate} and every other instance's at the {@link ViewLock}) and keeps their
 * status; at start-up, before the live consumer may touch the view, finishes a rebuild a stop had cut short and
 * rebuilds the read models another version built ({@link StartupCheck}).
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final ViewReplay replay;
    private final ReadModels models;
    private final ProcessingGate gate;
    private final ViewLock lock;
    private final Pool pool;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(RebuildService::daemon);

    RebuildService(ViewReplay replay, ReadModels models, ProcessingGate gate, ViewLock lock, Pool pool, Clock clock) {
        this.replay = replay;
        this.models = models;
        this.gate = gate;
        this.lock = lock;
        this.pool = pool;
        this.clock = clock;
    }

    /** A rebuild must never keep a stopping service alive: its marker makes the next start rebuild again. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "redress-rebuild");
        thread.setDaemon(true);
        return thread;
    }

    void onStart(@Observes StartupEvent startup) {
        worker.submit(() -> {
            try {
                checkView();
            } finally {
                gate.startupChecked();
            }
        });
    }

    /** Runs the start-up check again in the background (tests change stored versions and call it). */
    public void checkAgain() {
        worker.submit(this::checkView);
    }

    private record Found(Optional<Marker> marker, Map<String, Integer> versions, boolean applied) {
    }

    /**
     * Decides what the view needs at start-up and does it, holding the view lock exclusively (so of N instances
     * starting at once, one rebuilds and the others then find the view ready); waits for the database as long as
     * it takes.
     */
    private void checkView() {
        Map<String, Integer> current = models.all().stream()
                .collect(Collectors.toMap(ReadModel::name, ReadModel::version));
        // The gate first, then the lock: a live batch of this instance waiting for the lock would never drain.
        gate.close().join();
        try {
            checkHoldingTheGate(current);
        } finally {
            gate.open();
        }
    }

    private void checkHoldingTheGate(Map<String, Integer> current) {
        for (int attempt = 0; ; attempt++) {
            ViewLock.Held held = null;
            try {
                held = VertxContextSupport.subscribeAndAwait(lock::exclusive);
                Found found = VertxContextSupport.subscribeAndAwait(() -> Marker.find(pool)
                        .chain(marker -> ReadModelVersions.all(pool).chain(versions -> Checkpoints.all(pool)
                                .map(checkpoints -> new Found(marker, versions, !checkpoints.isEmpty())))));
                StartupCheck check = StartupCheck.decide(found.marker().map(Marker::readModels), found.versions(),
                        current, found.applied());
                Map<String, Integer> record = current.entrySet().stream()
                        .filter(e -> check.record().contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(
                        tx -> ReadModelVersions.record(tx, record, clock.instant())));
                act(check, found, current);
                return;
            } catch (Throwable e) {
                LOG.warnf("Cannot check the view yet (attempt %d): %s", attempt + 1, e.getMessage());
                pause(Duration.ofMillis(Math.min(30_000, 250L << Math.min(attempt, 7))));
            } finally {
                release(held);
            }
        }
    }

    private void act(StartupCheck check, Found found, Map<String, Integer> current) {
        if (!check.record().isEmpty()) {
            LOG.infof("New, empty read models: %s", check.record());
        }
        Set<String> rebuild = new TreeSet<>(check.rebuild());
        rebuild.retainAll(current.keySet());
        switch (check.action()) {
            case READY -> LOG.debugf("Every read model is complete and at its version: %s", current);
            case RESUME_REBUILD -> {
                LOG.warnf("The rebuild started at %s did not finish; rebuilding %s again",
                        found.marker().orElseThrow().startedAt(), rebuild);
                run(RebuildStatus.running(List.copyOf(rebuild), clock.instant()), rebuild, found.marker(), false);
            }
            case REBUILD_FOR_VERSION -> {
                LOG.warnf("Read models built by another version (stored %s, now %s): rebuilding %s",
                        found.versions(), current, rebuild);
                run(RebuildStatus.running(List.copyOf(rebuild), clock.instant()), rebuild, Optional.empty(), false);
            }
        }
    }

    public RebuildStatus status() {
        return status.get();
    }

    /** Why a rebuild cannot start now. */
    public enum Busy {
        HERE, ELSEWHERE
    }

    /**
     * Starts a rebuild of the named read models (all, when empty) in the background.
     *
     * @return the status of the rebuild just started, or why none could start
     */
    public Start start(Set<String> names) {
        Set<String> chosen = new TreeSet<>(names.isEmpty() ? models.names() : names);
        RebuildStatus current = status.get();
        if (current.state() == RebuildStatus.State.RUNNING) {
            return new Start(null, Busy.HERE);
        }
        if (markerPresent()) {
            return new Start(null, Busy.ELSEWHERE);
        }
        RebuildStatus running = RebuildStatus.running(List.copyOf(chosen), clock.instant());
        if (!status.compareAndSet(current, running)) {
            return new Start(null, Busy.HERE);
        }
        worker.submit(() -> run(running, chosen, Optional.empty(), true));
        return new Start(running, null);
    }

    private boolean markerPresent() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Marker.find(pool)).isPresent();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the rebuild marker: " + e.getMessage(), e);
        }
    }

    /** What {@link #start} did: the rebuild started, or why none did. */
    public record Start(RebuildStatus started, Busy busy) {
    }

    /** @param lockFirst whether to take the view lock (the start-up check already holds it) */
    private void run(RebuildStatus running, Set<String> chosen, Optional<Marker> interrupted, boolean lockFirst) {
        status.set(running);
        Progress progress = new Progress(running.readModels(), running.startedAt(), clock);
        ViewLock.Held held = null;
        try {
            LOG.infof("Rebuild of %s started: holding the live consumers", chosen);
            gate.close().join();
            if (lockFirst) {
                held = VertxContextSupport.subscribeAndAwait(lock::exclusive);
            }
            replay.run(progress, chosen, interrupted, () -> {
                status.set(progress.running());
                progress.logIfDue(LOG);
            });
            status.set(progress.completed());
            LOG.infof("Rebuild of %s completed: %s", chosen, progress.summary());
        } catch (Throwable e) {
            status.set(progress.failed(e));
            LOG.errorf(e, "Rebuild of %s failed after %s", chosen, progress.summary());
        } finally {
            release(held);
            gate.open();
        }
    }

    private static void release(ViewLock.Held held) {
        if (held == null) {
            return;
        }
        try {
            VertxContextSupport.subscribeAndAwait(held::release);
        } catch (Throwable e) {
            LOG.warnf("Could not release the view lock (its connection is closed with it): %s", e.getMessage());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
