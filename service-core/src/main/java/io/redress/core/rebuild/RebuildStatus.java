package io.redress.core.rebuild;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the last rebuild of this service's view stands.
 *
 * @param readModels     the read models rebuilt (every one of the service's, or those asked for)
 * @param eventsReplayed records read from the log so far (including skipped ones)
 * @param eventsApplied  events that changed a rebuilt read model
 * @param eventsSkipped  duplicates, unknown types and unreadable records
 * @param targetEvents   records to replay: up to the log's end when the rebuild started (a rebuild of every read
 *                       model), or up to where the view had got (a rebuild of some)
 */
public record RebuildStatus(
        State state,
        List<String> readModels,
        @Schema(nullable = true, description = "Null before the first rebuild") Instant startedAt,
        @Schema(nullable = true, description = "Null while running or before the first rebuild") Instant finishedAt,
        long targetEvents,
        long eventsReplayed,
        long eventsApplied,
        long eventsIgnored,
        long eventsSkipped,
        @Schema(nullable = true, description = "Why it failed; null unless FAILED") String error) {

    /** Life of a rebuild. */
    public enum State {
        IDLE, RUNNING, COMPLETED, FAILED
    }

    public RebuildStatus {
        readModels = List.copyOf(readModels);
    }

    public static RebuildStatus running(List<String> readModels, Instant startedAt) {
        return new RebuildStatus(State.RUNNING, readModels, startedAt, null, 0, 0, 0, 0, 0, null);
    }

    public static RebuildStatus idle() {
        return new RebuildStatus(State.IDLE, List.of(), null, null, 0, 0, 0, 0, 0, null);
    }
}
