package io.redress.core.view;

import java.util.List;
import java.util.Optional;

/**
 * What a service's pure domain fold answers for one event ({@code evolve(state, event)}): the next state, a refusal
 * because the event does not fit the state (recorded as ignored, the same way on every replay), or nothing to do.
 * A {@link RowModel}'s {@code step} turns it into a {@link Step}, adding reactions and timers where it has any.
 *
 * @param <S> the state the fold produces
 */
public sealed interface Evolution<S> {

    /** The event fits: the new state. */
    record Next<S>(S state) implements Evolution<S> {
    }

    /** The event does not fit the state: nothing changes, and why. */
    record Ignored<S>(String reason) implements Evolution<S> {
    }

    /** The event does not concern this fold: nothing changes. */
    record Unchanged<S>() implements Evolution<S> {
    }

    /** The new state, for a {@link Next}; empty otherwise. */
    default Optional<S> next() {
        return this instanceof Next<S> next ? Optional.of(next.state()) : Optional.empty();
    }

    /** As a step with neither reactions nor timers. */
    default Step<S> step() {
        return switch (this) {
            case Next<S> next -> Step.next(next.state());
            case Ignored<S> ignored -> Step.ignored(ignored.reason());
            case Unchanged<S> unchanged -> Step.unchanged(List.of());
        };
    }
}
