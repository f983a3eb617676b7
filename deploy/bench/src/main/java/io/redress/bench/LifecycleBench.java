package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A complaint's whole life at a fixed offered rate, open loop: each complaint is filed at its turn, polled until
 * resolution has given it an owner, acknowledged and resolved through HTTP, polled until follow-up has it resolved,
 * answered (a score of 5 through {@code POST /satisfaction}) and polled until follow-up closed it (the bench's
 * follow-up checks in a second after the resolution). It reports the p99 from the filing's turn to the owner, the
 * commands' latencies, the time from the resolution to the close, and the events resolution and follow-up emitted
 * per second. The roster's capacities are raised first, so every complaint goes to an owner rather than to a queue.
 */
final class LifecycleBench {

    private static final Map<String, Object> ACKNOWLEDGE = Map.of("apologized", true, "message", "Sorry; I am on it.");
    private static final Map<String, Object> RESOLVE = Map.of("remedy", Map.of("type", "REFUND", "amount", 10,
            "currency", "EUR"), "fairSolutionAsked", true, "summary", "Refunded the charge");
    private static final Map<String, Object> ANSWER = Map.of("score", 5, "ownershipTaken", true, "feltValued", true,
            "resolvedQuickly", true, "regretExpressed", true, "comment", "Sorted out quickly, thank you.");
    /** What follow-up emits. */
    private static final Set<String> FOLLOW_UP_TYPES = Set.of("io.redress.complaint.FollowUpScheduled.v1",
            "io.redress.complaint.FollowUpSent.v1", "io.redress.complaint.SatisfactionRecorded.v1",
            "io.redress.complaint.ComplaintClosed.v1");

    private final ServiceClient client;
    private final Progress progress;
    private final Polls polls = new Polls("bench-lifecycle-polls", () -> false);

    LifecycleBench(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    Result.Lifecycle run(Complaints complaints, int rate, Duration duration, Duration drainCap) {
        roomForEveryone();
        long followUpBefore = client.published("followup", FOLLOW_UP_TYPES);
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
        double untilClosed = (tally.lastClosed - start) / 1e9;
        long followUpEvents = client.published("followup", FOLLOW_UP_TYPES) - followUpBefore;
        int resolved = tally.resolve.size();
        polls.close();
        return new Result.Lifecycle(rate, count, Result.round(achieved), tally.errors.get(),
                Result.Latency.of(new ArrayList<>(tally.assigned)), Result.Latency.of(new ArrayList<>(tally.acknowledge)),
                Result.Latency.of(new ArrayList<>(tally.resolve)), resolved,
                Result.round(resolved == 0 || seconds <= 0 ? 0 : 3 * resolved / seconds),
                Result.Latency.of(new ArrayList<>(tally.answer)), Result.Latency.of(new ArrayList<>(tally.closed)),
                tally.closed.size(), Result.round(untilClosed <= 0 ? 0 : followUpEvents / untilClosed), done,
                done ? null : "%d of %d complaints were not closed %s after the last filing".formatted(
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
            long resolved = System.nanoTime();
            tally.lastResolved = Math.max(tally.lastResolved, resolved);
            untilStage(id, "RESOLVED", resolved, () -> answer(id, resolved, tally));
        });
    }

    /** Polls follow-up's view of the complaint until it is in the stage, then goes on. */
    private void untilStage(UUID id, String stage, long since, Runnable then) {
        polls.until(since, () -> client.getAsync("followup", "/complaints/" + id + "/follow-ups").thenApply(answer ->
                answer.statusCode() == 200 && stage.equals(ServiceClient.json(answer).path("stage").asText())), then);
    }

    private void answer(UUID id, long resolved, Tally tally) {
        long answering = System.nanoTime();
        client.postJson("followup", "/complaints/" + id + "/satisfaction", ANSWER).whenComplete((answer, error) -> {
            if (error != null || answer.statusCode() != 200) {
                tally.failed();
                return;
            }
            tally.answer.add(Polls.millisSince(answering));
            untilStage(id, "CLOSED", resolved, () -> {
                tally.closed.add(Polls.millisSince(resolved));
                tally.lastClosed = Math.max(tally.lastClosed, System.nanoTime());
                tally.finished.incrementAndGet();
            });
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
        final Queue<Double> answer = new ConcurrentLinkedQueue<>();
        final Queue<Double> closed = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        volatile long lastResolved;
        volatile long lastClosed;

        void failed() {
            errors.incrementAndGet();
            finished.incrementAndGet();
        }
    }
}
