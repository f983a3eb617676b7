package io.redress.core.view;

import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Set;

/**
 * One view a service folds the log into: its tables, its version and the event types it reads. A service has as
 * many as it needs (every {@code ReadModel} bean is one); the live consumer, a rebuild and the command pipeline
 * apply each batch to all of them in one transaction, a rebuild can rebuild one of them alone.
 */
public interface ReadModel {

    /** A short kebab-case name, unique in the service: in logs, {@code /admin/rebuild} and {@code read_model_version}. */
    String name();

    /**
     * The version of what this read model builds. Raise it with any change to what it holds for the same log (a new
     * column to fill, a fold that now counts differently), usually together with a migration: at start-up a read
     * model that another version built is rebuilt, and readers keep the old one until the new one is complete.
     */
    int version();

    /**
     * The tables it folds the log into. A rebuild replays into empty copies of them and swaps the copies in when it
     * completes; tables the log cannot rebuild (idempotency keys, say) must not be listed.
     */
    List<String> tables();

    /** The event types it reads; it is given no other. */
    Set<Class<? extends ComplaintEvent>> reads();

    /**
     * Applies events, in log order and only of the types it reads, inside the batch's transaction: loads the rows
     * they touch in one query per table, writes the changed ones in one statement per table, uses the events' times,
     * never the wall clock.
     *
     * @return one outcome per event, in the same order
     */
    Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events);
}
