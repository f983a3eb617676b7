package io.redress.resolution.sla;

import io.redress.core.timer.DueTimer;
import io.redress.core.timer.TimerHandler;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the SLA timers: a due clock becomes {@code SlaBreached}, a reaction to the event that started it, so a breach
 * fired twice (a crash between sending and deleting the timer) is recorded once.
 */
@ApplicationScoped
public class SlaTimers implements TimerHandler {

    private final String source;

    public SlaTimers(@ConfigProperty(name = "redress.source") String source) {
        this.source = source;
    }

    @Override
    public Set<String> names() {
        return Set.of(SlaClocks.ACKNOWLEDGE);
    }

    @Override
    public List<EventEnvelope> fire(DueTimer timer, Instant now) {
        SlaBreached breached = new SlaBreached(UUID.fromString(timer.subject()), now, SlaClock.ACKNOWLEDGE,
                timer.dueAt());
        return List.of(EventEnvelope.reactionTo(timer.cause(), breached, source));
    }
}
