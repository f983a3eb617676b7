package io.redress.core.timer;

import io.redress.events.EventEnvelope;
import java.time.Instant;
import java.util.Optional;

/** A service's answer to a due timer: the event it appends (a reaction to what set the timer), if any. */
public interface TimerHandler {

    Optional<EventEnvelope> fire(DueTimer timer, Instant now);
}
