package io.redress.resolution.sla;

import io.redress.events.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long an owner has to acknowledge a complaint, by severity ({@code redress.resolution.sla.acknowledge.*}). */
@ApplicationScoped
public class SlaPolicy {

    private final Duration minor;
    private final Duration moderate;
    private final Duration major;
    private final Duration critical;

    public SlaPolicy(
            @ConfigProperty(name = "redress.resolution.sla.acknowledge.minor", defaultValue = "PT24H") Duration minor,
            @ConfigProperty(name = "redress.resolution.sla.acknowledge.moderate", defaultValue = "PT8H")
            Duration moderate,
            @ConfigProperty(name = "redress.resolution.sla.acknowledge.major", defaultValue = "PT4H") Duration major,
            @ConfigProperty(name = "redress.resolution.sla.acknowledge.critical", defaultValue = "PT1H")
            Duration critical) {
        this.minor = minor;
        this.moderate = moderate;
        this.major = major;
        this.critical = critical;
    }

    public Duration acknowledge(Severity severity) {
        return switch (severity) {
            case CRITICAL -> critical;
            case MAJOR -> major;
            case MODERATE -> moderate;
            case MINOR -> minor;
        };
    }
}
