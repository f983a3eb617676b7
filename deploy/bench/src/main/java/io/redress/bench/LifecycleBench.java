package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A complaint's whole life in resolution at a fixed offered rate, open loop: each complaint is filed at its turn,
 * polled until resolution has given it an owner, then acknowledged and resolved through HTTP. It reports the p99
 * from the filing's turn to the owner, and the events resolution emitted per second (assignment, acknowledgement
 * and resolution of every complaint, from the first filing to the last resolution). The roster's capacities are
 * raised first, so every complaint goes to an owner rather than to a queue.
 */
final class LifecycleBench {

    private static final Map<String, Object> ACKNOWLEDGE = Map.of("apologized", true, "message", "Sorry; I am on it.");
    private static final Map<String, Object> RESOLVE = Map.of("remedy", Map.of("type", "REFUND", "amount", 10,
            "currency", "EUR"), "fairSolutionAsked", true, "summary", "Refunded the charge");

    private final ServiceClient client;
    private final Progress progress;
    private final Polls polls = new Polls("bench-lifecycle-polls", () -> false);

    LifecycleBench(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    Result.Lifecycle run(Complaints complaints, int rate, Duration duration, Duration drainCap) {
        roomForEveryone();
        int count = (int) (rate * duration.toSeconds());
        Tally tally = new Tally();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            live(complaints, i, due, tally);
            progress.every(i, count, "lifecycle at %d/s".formatted(rate));
        }
        double achieved = count / ((System.nanoTime() - start) / 1e9);
        boolean done = Waits.until(() -> tally.finished.get() == count, Duration.ofMillis(50), drainCap);
        double seconds = (tally.lastResolved - start) / 1e9;
        int resolved = tally.resolve.size();
        polls.close();
        return new Result.Lifecycle(rate, count, Result.round(achieved), tally.errors.get(),
                Result.Latency.of(new ArrayList<>(tally.assigned)), Result.Latency.of(new ArrayList<>(tally.acknowledge)),
                Result.Latency.of(new ArrayList<>(tally.resolve)), resolved,
                Result.round(resolved == 0 || seconds <= 0 ? 0 : 3 * resolved / seconds), done,
                done ? null : "%d of %d complaints were not resolved %s after the last filing".formatted(
                        count - tally.finished.get(), count, drainCap));
    }

    /** Every owner of the roster may hold as many complaints as the run files. */
    private void roomForEveryone() {
        HttpResponse<String> current = client.get("resolution", "/roster");
        JsonNode roster = ServiceClient.json(current);
        roster.path("owners").forEach(owner -> ((ObjectNode) owner).put("capacity", 10_000));
        HttpResponse<String> put = client.put("resolution", "/roster", roster,
                current.headers().firstValue("ETag").orElseThrow());
        ServiceClient.json(put);
    }

    private void live(Complaints complaints, int i, long due, Tally tally) {
        client.file(complaints.request(i)).whenComplete((answer, error) -> {
            if (error != null || answer.statusCode() != 201) {
                tally.failed();
                return;
            }
            UUID id = ServiceClient.complaintId(answer);
            untilAssigned(id, due, tally);
        });
    }

    private void untilAssigned(UUID id, long due, Tally tally) {
        polls.until(due, () -> client.getAsync("resolution", "/complaints/" + id).thenApply(answer ->
                answer.statusCode() == 200 && "ASSIGNED".equals(ServiceClient.json(answer).path("status").asText())),
                () -> {
                    tally.assigned.add(Polls.millisSince(due));
                    act(id, tally);
                });
    }

    private void act(UUID id, Tally tally) {
        long acknowledging = System.nanoTime();
        command(id, "acknowledge", ACKNOWLEDGE).thenCompose(acknowledged -> {
            tally.acknowledge.add(Polls.millisSince(acknowledging));
            long resolving = System.nanoTime();
            return command(id, "resolve", RESOLVE).thenApply(resolved -> Polls.millisSince(resolving));
        }).whenComplete((millis, error) -> {
            if (error != null) {
                tally.failed();
                return;
            }
            tally.resolve.add(millis);
            tally.lastResolved = Math.max(tally.lastResolved, System.nanoTime());
            tally.finished.incrementAndGet();
        });
    }

    private CompletableFuture<HttpResponse<String>> command(UUID id, String command, Map<String, Object> body) {
        return client.postJson("resolution", "/complaints/" + id + "/" + command, body).thenApply(answer -> {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(command + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer;
        });
    }

    /** What the run has collected so far. */
    private static final class Tally {
        final Queue<Double> assigned = new ConcurrentLinkedQueue<>();
        final Queue<Double> acknowledge = new ConcurrentLinkedQueue<>();
        final Queue<Double> resolve = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        volatile long lastResolved;

        void failed() {
            errors.incrementAndGet();
            finished.incrementAndGet();
        }
    }
}
