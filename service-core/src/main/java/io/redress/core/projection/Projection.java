package io.redress.core.projection;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;

/**
 * A service's view of the log: folds each event into its tables. Every service has exactly one. Both the live
 * consumer and a rebuild call it, inside the transaction that also records the event as processed, so the two give
 * the same view.
 */
public interface Projection {

    /**
     * Applies one event to the view. Runs inside an open Hibernate Reactive transaction; uses the event's time, never
     * the wall clock. Returns what happened, and any events this service emits in reaction (sent only when live).
     */
    Uni<Outcome> apply(EventEnvelope envelope);

    /** Deletes every row of the view, before a rebuild replays the log into it. Runs inside a transaction. */
    Uni<Void> reset();
}
