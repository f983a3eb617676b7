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
 * ({@code redress.resolution.sla.acknowledge.<severity>}, {@code .resolve.<severity>}), each an {@link Allowance}
 * (business hours such as {@code PT4H}, or working days such as {@code P3D}) counted in the team's
 * {@link BusinessCalendar}; and how long after the level-1 escalation the head of service hears of it
 * ({@code redress.resolution.escalation.head-of-service-after}, calendar time).
 */
@ApplicationScoped
public class SlaPolicy {

    /** The two clocks' due times, as told to the customer and carried on the events. */
    public record Dues(Instant acknowledgeBy, Instant resolveBy) {
    }

    private static final Map<Severity, String> ACKNOWLEDGE = Map.of(Severity.CRITICAL, "PT1H", Severity.MAJOR, "PT4H",
            Severity.MODERATE, "PT24H", Severity.MINOR, "PT48H");
    private static final Map<Severity, String> RESOLVE = Map.of(Severity.CRITICAL, "PT24H", Severity.MAJOR, "P3D",
            Severity.MODERATE, "P7D", Severity.MINOR, "P14D");

    private final Map<Severity, Allowance> acknowledge = new EnumMap<>(Severity.class);
    private final Map<Severity, Allowance> resolve = new EnumMap<>(Severity.class);
    private final Duration headOfServiceAfter;
    private final Duration history;

    public SlaPolicy(Config config) {
        for (Severity severity : Severity.values()) {
            String name = severity.name().toLowerCase(java.util.Locale.ROOT);
            acknowledge.put(severity, Allowance.parse(config.getOptionalValue(
                    "redress.resolution.sla.acknowledge." + name, String.class).orElse(ACKNOWLEDGE.get(severity))));
            resolve.put(severity, Allowance.parse(config.getOptionalValue(
                    "redress.resolution.sla.resolve." + name, String.class).orElse(RESOLVE.get(severity))));
        }
        this.headOfServiceAfter = config.getOptionalValue("redress.resolution.escalation.head-of-service-after",
                Duration.class).orElse(Duration.ofHours(4));
        this.history = config.getOptionalValue("redress.resolution.sla.history-after", Duration.class)
                .orElse(Duration.ofDays(30));
    }

    /**
     * Whether a complaint is history, not a live one: received more than {@code redress.resolution.sla.history-after}
     * (P30D) before it was filed (another system importing its past). It gets an owner but no clocks: a promise
     * broken before Redress heard of it is not the owner's breach, and a year's import must not escalate at once.
     */
    public boolean history(Instant receivedAt, Instant filedAt) {
        return receivedAt.plus(history).isBefore(filedAt);
    }

    public Allowance acknowledge(Severity severity) {
        return acknowledge.get(severity);
    }

    public Allowance resolve(Severity severity) {
        return resolve.get(severity);
    }

    public Duration headOfServiceAfter() {
        return headOfServiceAfter;
    }

    /** Both clocks started at {@code from} (the complaint's receivedAt, or its reopening) in this calendar. */
    public Dues dues(Severity severity, BusinessCalendar calendar, Instant from) {
        return new Dues(acknowledge(severity).dueAt(calendar, from), resolve(severity).dueAt(calendar, from));
    }
}
