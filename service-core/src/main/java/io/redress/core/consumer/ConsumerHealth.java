package io.redress.core.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the view's processing is held up (the database or the broker does not answer), and why; read by
 * {@link ConsumerReadiness}.
 */
@ApplicationScoped
public class ConsumerHealth {

    private final AtomicReference<String> problem = new AtomicReference<>();

    /** Notes that processing is held up; returns true when it was fine until now. */
    public boolean down(String reason) {
        return problem.getAndSet(reason) == null;
    }

    /** Notes that processing runs again; returns true when it had been held up. */
    public boolean up() {
        return problem.getAndSet(null) != null;
    }

    /** Why processing is held up, or empty when it runs. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem.get());
    }
}
