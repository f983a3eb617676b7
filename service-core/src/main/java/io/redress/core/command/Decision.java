package io.redress.core.command;

import io.redress.events.ComplaintEvent;
import java.util.List;

/** What a pure {@code decide(state, command, actor, now)} answers: the events to append, or a typed refusal. */
public sealed interface Decision {

    /** The command fits the state: the events to append, in order. */
    record Accepted(List<ComplaintEvent> events) implements Decision {

        public Accepted {
            if (events.isEmpty()) {
                throw new IllegalArgumentException("an accepted command appends at least one event");
            }
            events = List.copyOf(events);
        }
    }

    /**
     * The command is refused.
     *
     * @param state the subject's current state, named in the answer (null when there is none, or it does not matter)
     * @param field the offending field, for {@link Refusal#INVALID}
     */
    record Refused(Refusal refusal, String detail, String state, String field) implements Decision {
    }

    static Decision accept(ComplaintEvent... events) {
        return new Accepted(List.of(events));
    }

    static Decision notFound(String detail) {
        return new Refused(Refusal.NOT_FOUND, detail, null, null);
    }

    static Decision notYours(String detail) {
        return new Refused(Refusal.NOT_YOURS, detail, null, null);
    }

    static Decision conflict(String detail, Enum<?> state) {
        return new Refused(Refusal.CONFLICT, detail, state.name(), null);
    }

    static Decision invalid(String field, String detail) {
        return new Refused(Refusal.INVALID, detail, null, field);
    }
}
