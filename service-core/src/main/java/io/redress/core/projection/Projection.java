package io.redress.core.projection;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A service's view of the log: folds events into its tables. Every service has exactly one. The live consumer and a
 * rebuild both call it, inside the transaction that also moves the checkpoint, so the two give the same view.
 */
public interface Projection {

    /**
     * Applies events, in log order, to the view. Runs inside an open Hibernate Reactive transaction; loads the rows
     * the batch needs in one query where it can; uses the events' times, never the wall clock.
     *
     * @return one outcome per event, in the same order, with the events this service emits in reaction
     */
    Uni<List<Outcome>> applyAll(List<EventEnvelope> events);

    /**
     * The tables this view folds the log into. A rebuild replays into empty copies of them and swaps the copies in
     * when it completes; tables the log cannot rebuild (idempotency keys, say) must not be listed.
     */
    List<String> tables();

    /**
     * The version of what this projection builds. Raise it with any change to what the view holds for the same log
     * (a new column to fill, a fold that now counts differently), usually together with a migration: a service whose
     * view another version built rebuilds it at start-up, and readers keep the old view until the new one is
     * complete.
     */
    int version();
}
