package io.redress.core.timer;

import io.redress.events.EventMetadata;
import java.time.Instant;

/** What applying an event does to a timer: sets it (replacing one of the same name) or cancels it. */
public sealed interface TimerChange {

    String subject();

    String name();

    /** Sets the timer {@code name} of {@code subject} to fire at {@code dueAt}, as a reaction to {@code cause}. */
    record Set(EventMetadata cause, String subject, String name, Instant dueAt) implements TimerChange {
    }

    /** Cancels the timer {@code name} of {@code subject}, if any. */
    record Cancel(String subject, String name) implements TimerChange {
    }
}
