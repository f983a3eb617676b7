package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Replay: each service in turn throws its view away and rebuilds it from a log of the configured size, while a probe
 * keeps reading it: how fast the rebuild runs, and whether readers ever got an incomplete answer meanwhile.
 */
final class ReplayBench {

    private final ServiceClient client;
    private final Progress progress;

    ReplayBench(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * A read whose complete answer is known: the last complaint written is readable (and, where the service knows
     * owners, assigned); for analytics, the whole window is counted.
     */
    BooleanSupplier probe(String service, UUID lastComplaint, Complaints complaints, int count) {
        return switch (service) {
            case "intake" -> () -> client.get(service, "/complaints/" + lastComplaint).statusCode() == 200;
            case "resolution" -> () -> {
                var answer = client.get(service, "/complaints/" + lastComplaint);
                return answer.statusCode() == 200 && ServiceClient.json(answer).hasNonNull("ownerId");
            };
            case "followup" -> () -> client.get(service, "/complaints/" + lastComplaint + "/follow-ups")
                    .statusCode() == 200;
            case "analytics" -> () -> {
                long[] counted = client.counted(complaints.from(), complaints.to(count));
                return counted[0] == count && counted[1] == count;
            };
            default -> throw new IllegalArgumentException(service);
        };
    }

    Result.Replay rebuild(String service, BooleanSupplier probe, Duration cap) {
        boolean completeBefore = probe.getAsBoolean();
        long posted = System.nanoTime();
        var started = client.post(service, "/admin/rebuild");
        if (started.statusCode() != 202) {
            return new Result.Replay(service, "NOT STARTED", 0, 0, 0, 0, 0,
                    "POST /admin/rebuild answered " + started.statusCode());
        }
        int partial = 0;
        long incompleteUntil = 0;
        JsonNode status;
        long deadline = posted + cap.toNanos();
        status = ServiceClient.json(started);
        do {
            Waits.pause(Duration.ofMillis(100));
            try {
                if (completeBefore && !probe.getAsBoolean()) {
                    partial++;
                    incompleteUntil = System.nanoTime();
                }
                status = ServiceClient.json(client.get(service, "/admin/rebuild"));
            } catch (RuntimeException e) {
                progress.say("  %s: no answer this round (%s)", service, e.getMessage());
            }
            progress.every(status.path("eventsReplayed").asLong(), status.path("targetEvents").asLong(),
                    service + " rebuild");
        } while ("RUNNING".equals(status.path("state").asText()) && System.nanoTime() < deadline);
        if (completeBefore && partial > 0) {
            // The rebuild finished; the time incomplete lasts until the probe answers completely again.
            Waits.until(probe, Duration.ofMillis(50), Duration.ofSeconds(30));
            incompleteUntil = System.nanoTime();
        }
        return result(service, status, partial, partial == 0 ? 0 : (incompleteUntil - posted) / 1e9, completeBefore);
    }

    private static Result.Replay result(String service, JsonNode status, int partial, double incompleteFor,
            boolean completeBefore) {
        String state = status.path("state").asText();
        long events = status.path("eventsReplayed").asLong();
        Instant startedAt = Instant.parse(status.path("startedAt").asText());
        Instant finishedAt = status.hasNonNull("finishedAt") ? Instant.parse(status.path("finishedAt").asText())
                : Instant.now();
        double seconds = Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        String note = !completeBefore ? "the view was not complete before the rebuild (live consumer behind), "
                + "so partial answers were not counted"
                : "RUNNING".equals(state) ? "cut off at the time cap, still running" : null;
        return new Result.Replay(service, state, events, Result.round(seconds),
                Result.round(events / Math.max(seconds, 0.001)), partial, Result.round(incompleteFor), note);
    }
}
