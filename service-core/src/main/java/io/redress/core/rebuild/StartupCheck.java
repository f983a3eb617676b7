package io.redress.core.rebuild;

import java.util.OptionalInt;

/**
 * What a service does with its view at start-up, before the live consumer may touch it: decided from what the
 * database holds, without side effects.
 */
enum StartupCheck {
    /** The view is complete and built by this projection: open the gate. */
    READY,
    /** An empty view never built by any version: note this version, then open the gate. */
    RECORD_VERSION,
    /** A rebuild was cut short: the view is partial; rebuild again, remembering the offsets in its marker. */
    RESUME_REBUILD,
    /** The view was built by another version of the projection (or before versions were kept): rebuild it. */
    REBUILD_FOR_VERSION;

    /**
     * @param unfinishedRebuild whether a {@code rebuild_marker} row exists
     * @param stored the version in {@code view_version}, if any
     * @param current the running projection's version
     * @param viewHasApplied whether the view has applied any record (has a checkpoint)
     */
    static StartupCheck decide(boolean unfinishedRebuild, OptionalInt stored, int current, boolean viewHasApplied) {
        if (unfinishedRebuild) {
            return RESUME_REBUILD;
        }
        if (stored.isPresent()) {
            return stored.getAsInt() == current ? READY : REBUILD_FOR_VERSION;
        }
        return viewHasApplied ? REBUILD_FOR_VERSION : RECORD_VERSION;
    }
}
