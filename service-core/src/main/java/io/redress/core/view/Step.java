package io.redress.core.view;

import io.redress.core.timer.TimerChange;
import io.redress.events.EventEnvelope;
import java.util.List;

/**
 * What one event does to one row of a {@link RowModel}: its next state (or none, when the event leaves it as it was
 * or does not fit it), the reactions to send and the timers to set or cancel.
 *
 * @param state the row after the event; null when it does not change
 */
public record Step<S>(S state, Outcome outcome) {

    public static <S> Step<S> next(S state) {
        return new Step<>(state, Outcome.applied());
    }

    public static <S> Step<S> next(S state, List<EventEnvelope> reactions, List<TimerChange> timers) {
        return new Step<>(state, Outcome.applied(reactions, timers));
    }

    /** The event is applied without changing the row (it may still set timers). */
    public static <S> Step<S> unchanged(List<TimerChange> timers) {
        return new Step<>(null, Outcome.applied(List.of(), timers));
    }

    public static <S> Step<S> ignored(String reason) {
        return new Step<>(null, Outcome.ignored(reason));
    }
}
