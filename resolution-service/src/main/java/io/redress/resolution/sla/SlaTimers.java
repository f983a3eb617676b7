package io.redress.resolution.sla;

import io.redress.core.timer.DueTimer;
import io.redress.core.timer.TimerHandler;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a due SLA timer into {@code SlaBreached}, a reaction to the event that started the clock: its id is derived
 * from that cause, so a breach fired twice (a crash between sending and deleting the timer) is recorded once.
 */
@ApplicationScoped
public class SlaTimers implements TimerHandler {

    private final String source;

    public SlaTimers(@ConfigProperty(name = "redress.source") String source) {
        this.source = source;
    }

    @Override
    public Optional<EventEnvelope> fire(DueTimer timer, Instant now) {
        if (!SlaClocks.ACKNOWLEDGE.equals(timer.name)) {
            return Optional.empty();
        }
        SlaBreached breached = new SlaBreached(UUID.fromString(timer.subject), now, SlaClock.ACKNOWLEDGE,
                timer.dueAt);
        return Optional.of(EventEnvelope.reactionTo(timer.cause(), breached, source));
    }
}
