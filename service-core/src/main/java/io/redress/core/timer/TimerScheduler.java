package io.redress.core.timer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.events.EventPublisher;
import io.redress.core.projection.ProcessingGate;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires due timers ({@code due_timer}) through the service's {@link TimerHandler}: at most 200 a round, every
 * {@code redress.timers.interval}, in one transaction that appends the fired events (awaited) and deletes the
 * timers. It passes the {@link ProcessingGate} like the live consumer, so nothing fires during a rebuild or before
 * the start-up check; a timer that fell due while the service was down fires at the first round.
 */
@ApplicationScoped
public class TimerScheduler {

    private static final Logger LOG = Logger.getLogger(TimerScheduler.class);
    private static final int PER_ROUND = 200;

    private final Instance<TimerHandler> handler;
    private final EventPublisher publisher;
    private final ProcessingGate gate;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService ticker;

    public TimerScheduler(Instance<TimerHandler> handler, EventPublisher publisher, ProcessingGate gate, Clock clock,
            @ConfigProperty(name = "redress.timers.interval", defaultValue = "PT1S") Duration interval) {
        this.handler = handler;
        this.publisher = publisher;
        this.gate = gate;
        this.clock = clock;
        this.interval = interval;
    }

    void onStart(@Observes StartupEvent startup) {
        if (handler.isUnsatisfied()) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "redress-timers");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void round() {
        try {
            int fired = VertxContextSupport.subscribeAndAwait(() -> gate.enter()
                    .chain(() -> Panache.withTransaction(this::fireDue).eventually(gate::exit)));
            if (fired > 0) {
                LOG.infof("Fired %d due timers", fired);
            }
        } catch (Throwable e) {
            LOG.warnf("Could not fire due timers (will try again): %s", e.getMessage());
        }
    }

    private Uni<Integer> fireDue() {
        var now = clock.instant();
        return DueTimer.<DueTimer>find("dueAt <= ?1 order by dueAt", now).page(0, PER_ROUND).list().chain(due -> {
            if (due.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<EventEnvelope> events = new ArrayList<>();
            due.forEach(timer -> handler.get().fire(timer, now).ifPresent(events::add));
            due.forEach(timer -> LOG.debugf("Timer %s of %s (due %s) fired", timer.name, timer.subject, timer.dueAt));
            return publisher.appendAll(events)
                    .chain(() -> DueTimer.delete("id in ?1", due.stream().map(timer -> timer.id).toList()))
                    .replaceWith(due.size());
        });
    }
}
