package io.redress.core.view;

import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Set;

/**
 * A process that answers events with further events (a new complaint gets an owner; a freed owner takes the oldest
 * queued complaint): it is given the live events of the types it reacts to once the read models have applied them,
 * in the same transaction, and may read those models set-wise to decide. Its reactions are applied in turn (written
 * through) and appended before the transaction commits. An event the read models ignored (it did not fit the
 * state) is not given to it. It never runs in a rebuild's replay: what it decided then
 * is already in the log.
 */
public interface Reactor {

    /** A short kebab-case name, for logs. */
    String name();

    /** The event types it reacts to; it is given no other. */
    Set<Class<? extends ComplaintEvent>> reactsTo();

    /**
     * Decides the reactions to a batch of applied events, in log order. Reactions are made with
     * {@link EventEnvelope#reactionTo}, so a batch decided twice (a retry) yields the same ids.
     */
    Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events);
}
