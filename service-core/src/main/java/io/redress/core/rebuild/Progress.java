package io.redress.core.rebuild;

import io.redress.core.consumer.BatchProcessor.Handled;
import io.redress.core.view.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** Counts a rebuild's work as it goes and turns the counts into {@link RebuildStatus} snapshots and log lines. */
final class Progress {

    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final List<String> readModels;
    private final Instant startedAt;
    private final Clock clock;
    private long target;
    private long replayed;
    private long applied;
    private long ignored;
    private long skipped;
    private Instant lastLogged;

    Progress(List<String> readModels, Instant startedAt, Clock clock) {
        this.readModels = readModels;
        this.startedAt = startedAt;
        this.clock = clock;
        this.lastLogged = startedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Progress target(long records) {
        this.target = records;
        return this;
    }

    void count(Handled handled) {
        replayed++;
        if (handled.outcome() == null) {
            skipped++;
        } else if (handled.outcome().status() == Outcome.Status.APPLIED) {
            applied++;
        } else if (handled.outcome().status() == Outcome.Status.IGNORED) {
            ignored++;
        }
    }

    /** Records that could not be read or applied, or are of a type this service does not know. */
    void skipped(long records) {
        replayed += records;
        skipped += records;
    }

    void logIfDue(Logger log) {
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
            lastLogged = now;
            log.infof("Rebuild in progress: %s", summary());
        }
    }

    String summary() {
        long seconds = Math.max(1, Duration.between(startedAt, clock.instant()).toSeconds());
        return "%d of %d records replayed (%d applied, %d ignored, %d skipped) in %d s, %d records/s".formatted(
                replayed, target, applied, ignored, skipped, seconds, replayed / seconds);
    }

    RebuildStatus running() {
        return snapshot(RebuildStatus.State.RUNNING, null, null);
    }

    RebuildStatus completed() {
        return snapshot(RebuildStatus.State.COMPLETED, clock.instant(), null);
    }

    RebuildStatus failed(Throwable error) {
        return snapshot(RebuildStatus.State.FAILED, clock.instant(), String.valueOf(error.getMessage()));
    }

    private RebuildStatus snapshot(RebuildStatus.State state, Instant finishedAt, String error) {
        return new RebuildStatus(state, readModels, startedAt, finishedAt, target, replayed, applied, ignored, skipped, error);
    }
}
