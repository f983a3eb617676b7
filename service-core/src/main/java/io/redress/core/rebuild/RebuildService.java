package io.redress.core.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.projection.Checkpoint;
import io.redress.core.projection.ProcessingGate;
import io.redress.core.projection.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Schedules rebuilds of this service's view (one at a time, in the background, with the live consumer held at the
 * {@link ProcessingGate}) and keeps their status; at start-up, before the live consumer may touch the view, finishes
 * a rebuild a stop had cut short and rebuilds a view that another version of the projection built
 * ({@link StartupCheck}).
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final ViewReplay replay;
    private final Projection projection;
    private final ProcessingGate gate;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(RebuildService::daemon);

    RebuildService(ViewReplay replay, Projection projection, ProcessingGate gate, Clock clock) {
        this.replay = replay;
        this.projection = projection;
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
                checkView();
            } finally {
                gate.startupChecked();
            }
        });
    }

    /**
     * Runs the start-up check again in the background: rebuilds if a rebuild was cut short or the view was built by
     * another version of the projection.
     */
    public void checkAgain() {
        worker.submit(this::checkView);
    }

    private record Found(RebuildMarker marker, OptionalInt version, boolean applied) {
    }

    /** Decides what the view needs at start-up and does it; waits for the database as long as it takes. */
    private void checkView() {
        int current = projection.version();
        Found found;
        StartupCheck check;
        for (int attempt = 0; ; attempt++) {
            try {
                found = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> RebuildMarker
                        .<RebuildMarker>findById(RebuildMarker.ONLY)
                        .chain(marker -> ViewVersion.<ViewVersion>findById(ViewVersion.ONLY)
                                .chain(version -> Checkpoint.all().map(checkpoints -> new Found(marker,
                                        version == null ? OptionalInt.empty() : OptionalInt.of(version.version),
                                        !checkpoints.isEmpty()))))));
                check = StartupCheck.decide(found.marker() != null, found.version(), current, found.applied());
                if (check == StartupCheck.RECORD_VERSION) {
                    VertxContextSupport.subscribeAndAwait(
                            () -> Panache.withTransaction(() -> ViewVersion.record(current, clock.instant())));
                }
                break;
            } catch (Throwable e) {
                LOG.warnf("Cannot check the view yet (attempt %d): %s", attempt + 1, e.getMessage());
                pause(Duration.ofMillis(Math.min(30_000, 250L << Math.min(attempt, 7))));
            }
        }
        switch (check) {
            case READY -> LOG.debugf("The view is complete and at version %d", current);
            case RECORD_VERSION -> LOG.infof("New, empty view at version %d", current);
            case RESUME_REBUILD -> {
                LOG.warnf("The rebuild started at %s did not finish; rebuilding the view again",
                        found.marker().startedAt);
                rebuildNow(found.marker());
            }
            case REBUILD_FOR_VERSION -> {
                LOG.warnf("The view was built by version %s of the projection, which is now at version %d; "
                        + "rebuilding it", found.version().isPresent() ? found.version().getAsInt() : "(unknown)",
                        current);
                rebuildNow(null);
            }
        }
    }

    private void rebuildNow(RebuildMarker interrupted) {
        RebuildStatus running = RebuildStatus.running(clock.instant());
        status.set(running);
        run(running, interrupted);
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
