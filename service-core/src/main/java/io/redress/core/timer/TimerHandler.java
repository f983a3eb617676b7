package io.redress.core.timer;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A service's answer to the due timers of the names it handles: the events each appends (reactions to what set the
 * timer). Every timer name a service sets has exactly one handler; a due timer of a name no handler knows is
 * reported as an error and kept, never silently deleted.
 */
public interface TimerHandler {

    /** The timer names this handler fires. */
    Set<String> names();

    /**
     * The events these due timers (all of this handler's names) fire, as reactions to each timer's
     * {@link DueTimer#cause()}, deciding with what the service's tables hold now, read in the firing transaction (who
     * the team's supervisor is, say): one query for all of them. The timers are deleted once the events are appended.
     */
    Uni<List<EventEnvelope>> fire(SqlConnection tx, List<DueTimer> timers, Instant now);
}
