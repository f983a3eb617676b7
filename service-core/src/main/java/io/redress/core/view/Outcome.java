package io.redress.core.view;

import io.redress.core.timer.TimerChange;
import io.redress.events.EventEnvelope;
import java.util.List;

/**
 * What applying one event did to a service's read models: applied, ignored because it did not fit the state (a
 * second resolution, say), or passed because none of them reads its type; plus the events the service emits in
 * reaction and the timers it sets or cancels.
 */
public record Outcome(Status status, String reason, List<EventEnvelope> reactions, List<TimerChange> timers) {

    /** Whether the event changed a read model. */
    public enum Status {
        APPLIED, IGNORED, PASSED
    }

    public Outcome {
        reactions = List.copyOf(reactions);
        timers = List.copyOf(timers);
    }

    public static Outcome applied() {
        return new Outcome(Status.APPLIED, null, List.of(), List.of());
    }

    public static Outcome applied(List<EventEnvelope> reactions, List<TimerChange> timers) {
        return new Outcome(Status.APPLIED, null, reactions, timers);
    }

    public static Outcome ignored(String reason) {
        return new Outcome(Status.IGNORED, reason, List.of(), List.of());
    }

    public static Outcome passed() {
        return new Outcome(Status.PASSED, null, List.of(), List.of());
    }
}
