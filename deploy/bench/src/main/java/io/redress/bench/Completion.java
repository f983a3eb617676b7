package io.redress.bench;

import io.redress.local.ServiceSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Watches a phase's complaints flow through every service: each service has handled the expected number of events
 * (its consumed-events counter), and analytics counts all of them as filed and assigned in the phase's window.
 */
final class Completion {

    private final ServiceClient client;
    private final Progress progress;
    private final Map<String, Long> before = new LinkedHashMap<>();

    Completion(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
        ServiceSpec.ALL.forEach(spec -> before.put(spec.name(), client.handled(spec.name())));
    }

    /**
     * Waits until every service handled {@code eventsPerService} more events than when this watcher was made and
     * analytics counts {@code complaints} filed and assigned in {@code [from, to)}, or until {@code cap} passed.
     *
     * @param startNanos when the phase started sending ({@link System#nanoTime()})
     */
    Result.Pipeline await(String path, Result.Rate accepted, long startNanos, int complaints, long eventsPerService,
            Instant from, Instant to, Duration cap) {
        Map<String, Long> doneAt = new LinkedHashMap<>();
        Map<String, Long> handled = new LinkedHashMap<>();
        long[] counted = {0, 0};
        long deadline = System.nanoTime() + cap.toNanos();
        while (true) {
            try {
                for (String service : before.keySet()) {
                    if (!doneAt.containsKey(service)) {
                        handled.put(service, client.handled(service) - before.get(service));
                        if (handled.get(service) >= eventsPerService) {
                            doneAt.put(service, System.nanoTime());
                        }
                    }
                }
                counted = client.counted(from, to);
            } catch (RuntimeException e) {
                // A service too busy to answer its metrics or a read in time: try again at the next round.
                progress.say("  %s: no answer this round (%s)", path, e.getMessage());
            }
            boolean complete = doneAt.size() == before.size() && counted[0] >= complaints && counted[1] >= complaints;
            if (complete || System.nanoTime() > deadline) {
                return result(path, accepted, startNanos, complaints, eventsPerService, doneAt, handled, counted,
                        complete);
            }
            progress.every(counted[1], complaints, path + ": assigned and counted by analytics " + handled);
            Waits.pause(Duration.ofMillis(100));
        }
    }

    private static Result.Pipeline result(String path, Result.Rate accepted, long startNanos, int complaints,
            long eventsPerService, Map<String, Long> doneAt, Map<String, Long> handled, long[] counted,
            boolean complete) {
        long now = System.nanoTime();
        Result.Rate processed = complete
                ? Result.Rate.of(complaints, now - startNanos, "complaints", 0)
                : Result.Rate.capped(Math.min(counted[0], counted[1]), now - startNanos, "complaints", complaints);
        Map<String, Result.Rate> perService = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : handled.entrySet()) {
            Long at = doneAt.get(entry.getKey());
            perService.put(entry.getKey(), at != null
                    ? Result.Rate.of(eventsPerService, at - startNanos, "events", 0)
                    : Result.Rate.capped(entry.getValue(), now - startNanos, "events", eventsPerService));
        }
        return new Result.Pipeline(path, accepted, processed, perService);
    }
}
