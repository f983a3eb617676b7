package io.redress.core.timer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.events.EventPublisher;
import io.redress.core.gate.ProcessingGate;
import io.redress.core.gate.ViewLock;
import io.redress.core.sql.Sql;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fires due timers ({@code due_timer}) through the {@link TimerHandler} of their name, at most 200 a transaction:
 * the transaction claims them ({@code FOR UPDATE SKIP LOCKED}, so of N instances exactly one fires each), deletes
 * them, writes the fired events through to the read models ({@link FiredWrites}, with their reactions) and appends
 * them (awaited) before the commit. It passes the {@link ProcessingGate} and the shared
 * {@link ViewLock}, so nothing fires during a rebuild or before the start-up check; a timer that fell due while
 * the service was down fires at the first round. Between rounds it sleeps until the next due time (at most
 * {@code redress.timers.max-sleep}, to see timers other instances set), and wakes early for a sooner timer this
 * instance sets.
 */
@ApplicationScoped
public class TimerScheduler {

    private static final Logger LOG = Logger.getLogger(TimerScheduler.class);
    private static final int PER_ROUND = 200;
    private static final Duration UNKNOWN_REPORT_EVERY = Duration.ofMinutes(10);

    private final TimerHandlers handlers;
    private final Pool pool;
    private final EventPublisher publisher;
    private final FiredWrites writes;
    private final ProcessingGate gate;
    private final Clock clock;
    private final Duration maxSleep;
    private final MeterRegistry registry;
    private final AtomicLong unknown = new AtomicLong();
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> planned;
    private Instant plannedAt;
    private Instant unknownReportedAt = Instant.EPOCH;

    public TimerScheduler(Instance<TimerHandler> handlers, Pool pool, EventPublisher publisher, FiredWrites writes,
            ProcessingGate gate, Clock clock, @ConfigProperty(name = "redress.timers.max-sleep", defaultValue = "PT30S") Duration maxSleep,
            MeterRegistry registry) {
        this.handlers = new TimerHandlers(handlers.stream().toList());
        this.pool = pool;
        this.publisher = publisher;
        this.writes = writes;
        this.gate = gate;
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent startup) {
        if (handlers.isEmpty()) {
            return;
        }
        registry.gauge("redress.timers.unknown", unknown);
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "redress-timers");
            thread.setDaemon(true);
            return thread;
        });
        wakeAt(clock.instant());
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    /** A timer of this instance was set to {@code dueAt}: wake then, if that is sooner than planned. */
    public void scheduled(Instant dueAt) {
        if (ticker != null) {
            wakeAt(dueAt);
        }
    }

    private synchronized void wakeAt(Instant when) {
        Instant now = clock.instant();
        Instant at = when.isAfter(now.plus(maxSleep)) ? now.plus(maxSleep) : when;
        if (planned != null && !planned.isDone()) {
            if (!at.isBefore(plannedAt)) {
                return;
            }
            planned.cancel(false);
        }
        plannedAt = at;
        long delay = Math.max(0, Duration.between(now, at).toMillis());
        planned = ticker.schedule(this::round, delay, TimeUnit.MILLISECONDS);
    }

    private void round() {
        synchronized (this) {
            planned = null;
        }
        Instant next;
        try {
            int fired;
            do {
                fired = VertxContextSupport.subscribeAndAwait(() -> gate.enter()
                        .chain(() -> pool.withTransaction(this::fireDue).eventually(gate::exit)));
                if (fired > 0) {
                    LOG.infof("Fired %d due timers", fired);
                }
            } while (fired == PER_ROUND);
            reportUnknownIfDue();
            next = VertxContextSupport.subscribeAndAwait(this::nextDue);
        } catch (Throwable e) {
            LOG.warnf("Could not fire due timers (will try again): %s", e.getMessage());
            next = clock.instant().plusSeconds(1);
        }
        wakeAt(next == null ? clock.instant().plus(maxSleep) : next);
    }

    private Uni<Integer> fireDue(SqlConnection tx) {
        Instant now = clock.instant();
        return ViewLock.shared(tx).chain(() -> Sql.query(tx, """
                select id, subject, name, due_at, cause_id, correlation_id from due_timer
                where due_at <= $1 and name = any($2::text[]) order by due_at limit $3 for update skip locked""",
                Sql.time(now), handlers.names(), PER_ROUND)).chain(rows -> {
                    List<DueTimer> due = new ArrayList<>();
                    rows.forEach(row -> due.add(DueTimer.read(row)));
                    if (due.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Map<TimerHandler, List<DueTimer>> byHandler = new LinkedHashMap<>();
                    for (DueTimer timer : due) {
                        byHandler.computeIfAbsent(handlers.of(timer.name()), h -> new ArrayList<>()).add(timer);
                        LOG.debugf("Timer %s of %s (due %s) fired", timer.name(), timer.subject(), timer.dueAt());
                    }
                    List<EventEnvelope> events = new ArrayList<>();
                    Uni<Void> fired = Uni.createFrom().voidItem();
                    for (Map.Entry<TimerHandler, List<DueTimer>> group : byHandler.entrySet()) {
                        fired = fired.chain(() -> group.getKey().fire(tx, group.getValue(), now)
                                .invoke(events::addAll).replaceWithVoid());
                    }
                    // Deleted before the fired events are written through: what they set again (a survey's re-send,
                    // of the same name and subject) must stay.
                    return fired.chain(() -> DueTimer.TABLE.delete(tx, due.stream().map(DueTimer::id).toList()))
                            .chain(() -> events.isEmpty() ? Uni.createFrom().item(List.<EventEnvelope>of())
                                    : writes.writeFired(tx, events))
                            .chain(reactions -> {
                                List<EventEnvelope> appended = new ArrayList<>(events);
                                appended.addAll(reactions);
                                return publisher.appendAll(appended);
                            })
                            .invoke(() -> due.forEach(timer -> registry.counter("redress.timers.fired", "name",
                                    timer.name()).increment()))
                            .replaceWith(due.size());
                });
    }

    private Uni<Instant> nextDue() {
        return Sql.query(pool, "select min(due_at) as next from due_timer where name = any($1::text[])",
                (Object) handlers.names()).map(rows -> Sql.instant(rows.iterator().next(), "next"));
    }

    /** Timers no handler knows stay in the table; they are counted and named at ERROR, at most every 10 minutes. */
    private void reportUnknownIfDue() throws Throwable {
        Instant now = clock.instant();
        if (now.isBefore(unknownReportedAt.plus(UNKNOWN_REPORT_EVERY))) {
            return;
        }
        unknownReportedAt = now;
        Map<String, Long> byName = new TreeMap<>();
        VertxContextSupport.subscribeAndAwait(() -> Sql.query(pool, """
                select name, count(*) as timers from due_timer where not (name = any($1::text[])) group by name""",
                (Object) handlers.names()))
                .forEach((Row row) -> byName.put(row.getString("name"), row.getLong("timers")));
        unknown.set(byName.values().stream().mapToLong(Long::longValue).sum());
        if (!byName.isEmpty()) {
            LOG.errorf("Timers of names no handler fires are kept, not fired: %s (known: %s)", byName,
                    String.join(", ", handlers.names()));
        }
    }
}
