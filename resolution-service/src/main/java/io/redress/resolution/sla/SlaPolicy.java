package io.redress.resolution.sla;

import io.redress.events.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * How long an owner has to acknowledge and to resolve a complaint, by severity
 * ({@code redress.resolution.sla.acknowledge.<severity>}, {@code .resolve.<severity>}), counted in the team's
 * {@link BusinessCalendar}; and how long after the level-1 escalation the head of service hears of it
 * ({@code redress.resolution.escalation.head-of-service-after}, calendar time).
 */
@ApplicationScoped
public class SlaPolicy {

    /** The two clocks' due times, as told to the customer and carried on the events. */
    public record Dues(Instant acknowledgeBy, Instant resolveBy) {
    }

    private static final Map<Severity, Duration> ACKNOWLEDGE = Map.of(Severity.CRITICAL, Duration.ofHours(1),
            Severity.MAJOR, Duration.ofHours(4), Severity.MODERATE, Duration.ofHours(24), Severity.MINOR,
            Duration.ofHours(48));
    private static final Map<Severity, Duration> RESOLVE = Map.of(Severity.CRITICAL, Duration.ofHours(24),
            Severity.MAJOR, Duration.ofDays(3), Severity.MODERATE, Duration.ofDays(7), Severity.MINOR,
            Duration.ofDays(14));

    private final Map<Severity, Duration> acknowledge = new EnumMap<>(Severity.class);
    private final Map<Severity, Duration> resolve = new EnumMap<>(Severity.class);
    private final Duration headOfServiceAfter;

    public SlaPolicy(Config config) {
        for (Severity severity : Severity.values()) {
            String name = severity.name().toLowerCase(java.util.Locale.ROOT);
            acknowledge.put(severity, config.getOptionalValue("redress.resolution.sla.acknowledge." + name,
                    Duration.class).orElse(ACKNOWLEDGE.get(severity)));
            resolve.put(severity, config.getOptionalValue("redress.resolution.sla.resolve." + name,
                    Duration.class).orElse(RESOLVE.get(severity)));
        }
        this.headOfServiceAfter = config.getOptionalValue("redress.resolution.escalation.head-of-service-after",
                Duration.class).orElse(Duration.ofHours(4));
    }

    public Duration acknowledge(Severity severity) {
        return acknowledge.get(severity);
    }

    public Duration resolve(Severity severity) {
        return resolve.get(severity);
    }

    public Duration headOfServiceAfter() {
        return headOfServiceAfter;
    }

    /** Both clocks started at {@code from} (the complaint's receivedAt, or its reopening) in this calendar. */
    public Dues dues(Severity severity, BusinessCalendar calendar, Instant from) {
        return new Dues(calendar.dueAt(from, acknowledge(severity)), calendar.dueAt(from, resolve(severity)));
    }
}
