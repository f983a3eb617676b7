package io.redress.core.rebuild;

import java.time.Instant;

/**
 * Where the last rebuild of this service's view stands.
 *
 * @param eventsReplayed records read from the log so far (including skipped ones)
 * @param eventsApplied  events that changed the view
 * @param eventsSkipped  duplicates, unknown types and unreadable records
 * @param targetEvents   records in the log when the rebuild started: it replays up to there
 */
public record RebuildStatus(
        State state,
        Instant startedAt,
        Instant finishedAt,
        long targetEvents,
        long eventsReplayed,
        long eventsApplied,
        long eventsIgnored,
        long eventsSkipped,
        String error) {

    /** Life of a rebuild. */
    public enum State {
        IDLE, RUNNING, COMPLETED, FAILED
    }

    public static RebuildStatus running(Instant startedAt) {
        return new RebuildStatus(State.RUNNING, startedAt, null, 0, 0, 0, 0, 0, null);
    }

    public static RebuildStatus idle() {
        return new RebuildStatus(State.IDLE, null, null, 0, 0, 0, 0, 0, null);
    }
}
