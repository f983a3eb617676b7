package io.redress.core.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.consumer.BatchProcessor.Handled;
import io.redress.core.view.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Says what consumption did: the {@code redress_events_consumed_total} counter per event type and outcome, a DEBUG
 * line per event, and an INFO summary at most every 30 s while events flow.
 */
@ApplicationScoped
public class ConsumptionReport {

    /** The {@code outcome} label of each status. */
    private static final Map<Outcome.Status, String> OUTCOMES = Arrays.stream(Outcome.Status.values())
            .collect(Collectors.toMap(status -> status, status -> status.name().toLowerCase(), (a, b) -> a,
                    () -> new EnumMap<>(Outcome.Status.class)));

    private static final Logger LOG = Logger.getLogger(ConsumptionReport.class);
    private static final long SUMMARY_EVERY = Duration.ofSeconds(30).toNanos();

    private final MeterRegistry registry;
    private long applied;
    private long ignored;
    private long passed;
    private long duplicates;
    private long failed;
    private long batches;
    private long lastSummary = System.nanoTime();

    public ConsumptionReport(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts what one live batch did, once its transaction committed. */
    public void live(List<Handled> handled) {
        count(handled);
        synchronized (this) {
            batches++;
            for (Handled one : handled) {
                if (one.failure() != null) {
                    failed++;
                } else if (one.duplicate()) {
                    duplicates++;
                } else {
                    switch (one.outcome().status()) {
                        case APPLIED -> applied++;
                        case IGNORED -> ignored++;
                        case PASSED -> passed++;
                    }
                }
            }
            if (System.nanoTime() - lastSummary >= SUMMARY_EVERY) {
                LOG.infof("Consumed complaint-events in %d batches: %d applied, %d ignored, %d passed (read by no read "
                        + "model), %d duplicates, %d dead-lettered", batches, applied, ignored, passed, duplicates,
                        failed);
                lastSummary = System.nanoTime();
                applied = ignored = passed = duplicates = failed = batches = 0;
            }
        }
    }

    /**
     * Counts the outcome of every record of a batch (live or rebuild) in the consumed-events metric: summed per type
     * and outcome first, so the registry is asked once per pair, not once per record.
     */
    public void count(List<Handled> handled) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Handled one : handled) {
            if (one.failure() != null) {
                continue;
            }
            String type = one.record().envelope().metadata().type();
            String outcome = one.duplicate() ? "duplicate" : OUTCOMES.get(one.outcome().status());
            counts.merge(List.of(type, outcome), 1, Integer::sum);
            if (!LOG.isDebugEnabled()) {
                continue;
            }
            if (one.outcome() != null && one.outcome().status() == Outcome.Status.IGNORED) {
                LOG.debugf("Ignored %s: %s", one.record().describe(), one.outcome().reason());
            } else {
                LOG.debugf("%s %s", one.duplicate() ? "Skipped duplicate" : "Applied", one.record().describe());
            }
        }
        counts.forEach((key, count) -> registry.counter("redress.events.consumed", "type", key.get(0), "outcome",
                key.get(1)).increment(count));
    }

    /** Counts records of an event type this service does not know (tolerant reader). */
    public void skipped(int records) {
        if (records > 0) {
            registry.counter("redress.events.consumed", "type", "unknown", "outcome", "skipped").increment(records);
        }
    }
}
