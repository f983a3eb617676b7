package io.redress.core.projection;

import io.redress.events.EventEnvelope;
import io.redress.core.timer.TimerChange;
import java.util.List;

/**
 * What applying one event did to a view: applied, or ignored because it did not fit the state (a second
 * resolution, say), plus the events the service emits in reaction and the timers it sets or cancels.
 */
public record Outcome(Status status, String reason, List<EventEnvelope> reactions, List<TimerChange> timers) {

    /** Whether the event changed the view. */
    public enum Status {
        APPLIED, IGNORED
    }

    public Outcome {
        reactions = List.copyOf(reactions);
        timers = List.copyOf(timers);
    }

    public static Outcome applied() {
        return new Outcome(Status.APPLIED, null, List.of(), List.of());
    }

    public static Outcome applied(List<EventEnvelope> reactions) {
        return new Outcome(Status.APPLIED, null, reactions, List.of());
    }

    public static Outcome applied(List<EventEnvelope> reactions, List<TimerChange> timers) {
        return new Outcome(Status.APPLIED, null, reactions, timers);
    }

    public static Outcome ignored(String reason) {
        return new Outcome(Status.IGNORED, reason, List.of(), List.of());
    }
}
