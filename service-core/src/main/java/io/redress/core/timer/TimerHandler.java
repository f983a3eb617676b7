package io.redress.core.timer;

import io.redress.events.EventEnvelope;
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

    /** The events a due timer fires, as reactions to {@link DueTimer#cause()}; the timer is deleted once they are appended. */
    List<EventEnvelope> fire(DueTimer timer, Instant now);
}
