package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.projection.ProcessingGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Schedules rebuilds of this service's view (one at a time, in the background, with the live consumer held at the
 * {@link ProcessingGate}) and keeps their status; at start-up, finishes a rebuild a stop had cut short before the
 * live consumer may touch the view.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final ViewReplay replay;
    private final ProcessingGate gate;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(RebuildService::daemon);

    RebuildService(ViewReplay replay, ProcessingGate gate, Clock clock) {
        this.replay = replay;
        this.gate = gate;
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
                rebuildIfInterrupted();
            } finally {
                gate.startupChecked();
            }
        });
    }

    /** Checks in the background whether a rebuild was cut short, and if so runs it again. */
    public void resumeIfInterrupted() {
        worker.submit(this::rebuildIfInterrupted);
    }

    /** Rebuilds again if a stop interrupted a rebuild; waits for the database as long as it takes. */
    private void rebuildIfInterrupted() {
        Optional<RebuildMarker> marker = Optional.empty();
        for (int attempt = 0; ; attempt++) {
            try {
                marker = Optional.ofNullable(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                        () -> RebuildMarker.<RebuildMarker>findById(RebuildMarker.ONLY))));
                break;
            } catch (Throwable e) {
                LOG.warnf("Cannot check for an unfinished rebuild yet (attempt %d): %s", attempt + 1, e.getMessage());
                pause(Duration.ofMillis(Math.min(30_000, 250L << Math.min(attempt, 7))));
            }
        }
        if (marker.isPresent()) {
            LOG.warnf("The rebuild started at %s did not finish; rebuilding the view again", marker.get().startedAt);
            RebuildStatus running = RebuildStatus.running(clock.instant());
            status.set(running);
            run(running, marker.get());
        }
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
        RebuildStatus running = RebuildStatus.running(clock.instant());
        if (current.state() == RebuildStatus.State.RUNNING || !status.compareAndSet(current, running)) {
            return Optional.empty();
        }
        worker.submit(() -> run(running, null));
        return Optional.of(running);
    }

    private void run(RebuildStatus running, RebuildMarker interrupted) {
        Progress progress = new Progress(running.startedAt(), clock);
        try {
            LOG.info("Rebuild started: holding the live consumer and clearing the view");
            gate.close().join();
            replay.run(progress, interrupted, () -> {
                status.set(progress.running());
                progress.logIfDue(LOG);
            });
            status.set(progress.completed());
            LOG.infof("Rebuild completed: %s", progress.summary());
        } catch (Throwable e) {
            status.set(progress.failed(e));
            LOG.errorf(e, "Rebuild failed after %s", progress.summary());
        } finally {
            gate.open();
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
