package io.redress.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end latency at a fixed offered rate, open loop: each complaint is sent when its turn comes whatever the
 * system's answers, and every latency is measured from that moment, so a slow system cannot slow the load down and
 * hide its own delay. A sample of complaints is then polled until resolution shows an owner and analytics counts it.
 */
final class LatencyBench {

    private static final int MAX_TRACKED = 256;
    private static final int SAMPLES_PER_SECOND = 100;

    private final ServiceClient client;
    private final Progress progress;

    LatencyBench(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    Result.LatencyRun run(Complaints complaints, int rate, Duration duration, Duration drainCap) {
        int count = (int) (rate * duration.toSeconds());
        int sampleEvery = Math.max(1, rate / SAMPLES_PER_SECOND);
        Samples samples = new Samples();
        Completion completion = new Completion(client, progress);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            send(complaints, i, due, i % sampleEvery == 0, samples);
            progress.every(i, count, "offering %d/s".formatted(rate));
        }
        double achieved = count / ((System.nanoTime() - start) / 1e9);
        boolean answered = Waits.until(() -> samples.answered.get() == count && samples.tracking.get() == 0,
                Duration.ofMillis(50), drainCap);
        Result.Pipeline flow = completion.await("latency " + rate + "/s", null, start, count, 2L * count,
                complaints.from(), complaints.to(count), answered ? drainCap : Duration.ZERO);
        samples.closed = true;
        samples.polls.close();
        boolean drained = answered && flow.processed().complete();
        return new Result.LatencyRun(rate, count, Result.round(achieved), samples.errors.get(),
                samples.untracked.get(), Result.Latency.of(new ArrayList<>(samples.http)),
                Result.Latency.of(new ArrayList<>(samples.resolution)),
                Result.Latency.of(new ArrayList<>(samples.analytics)), drained,
                drained ? null : "the system had not caught up %s after the last send".formatted(drainCap));
    }

    private void send(Complaints complaints, int i, long due, boolean sampled, Samples samples) {
        Instant receivedAt = complaints.receivedAt(i);
        client.file(complaints.request(i)).whenComplete((answer, error) -> {
            samples.answered.incrementAndGet();
            if (error != null || answer.statusCode() != 201) {
                samples.errors.incrementAndGet();
                return;
            }
            samples.http.add(Polls.millisSince(due));
            if (!sampled) {
                return;
            }
            if (samples.tracking.get() >= MAX_TRACKED) {
                samples.untracked.incrementAndGet();
                return;
            }
            samples.tracking.addAndGet(2);
            UUID id = ServiceClient.complaintId(answer);
            samples.polls.until(due, () -> client.getAsync("resolution", "/complaints/" + id)
                    .thenApply(LatencyBench::assigned), () -> samples.seen(samples.resolution, due));
            String window = "/analytics/summary?from=" + receivedAt + "&to=" + receivedAt.plusMillis(1);
            samples.polls.until(due, () -> client.getAsync("analytics", window).thenApply(LatencyBench::counted),
                    () -> samples.seen(samples.analytics, due));
        });
    }

    private static boolean assigned(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && !ServiceClient.json(answer).path("ownerId").isMissingNode()
                && !ServiceClient.json(answer).path("ownerId").isNull();
    }

    private static boolean counted(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && ServiceClient.json(answer).path("filed").asLong() == 1;
    }

    /** What one offered rate has collected so far. */
    private static final class Samples {
        final Queue<Double> http = new ConcurrentLinkedQueue<>();
        final Queue<Double> resolution = new ConcurrentLinkedQueue<>();
        final Queue<Double> analytics = new ConcurrentLinkedQueue<>();
        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger untracked = new AtomicInteger();
        final AtomicInteger tracking = new AtomicInteger();
        volatile boolean closed;
        final Polls polls = new Polls("bench-polls", () -> closed);

        void seen(Queue<Double> into, long due) {
            into.add(Polls.millisSince(due));
            tracking.decrementAndGet();
        }
    }
}
