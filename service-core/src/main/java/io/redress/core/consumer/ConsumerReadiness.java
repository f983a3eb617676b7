package io.redress.core.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code complaint-events processing}: DOWN while records wait for the database or the broker to
 * come back, with the reason, so an orchestrator stops routing reads to a view that is falling behind.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    private final ConsumerHealth health;

    public ConsumerReadiness(ConsumerHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("complaint-events processing").status(health.problem().isEmpty())
                .withData("waitingFor", health.problem().orElse("nothing")).build();
    }
}
