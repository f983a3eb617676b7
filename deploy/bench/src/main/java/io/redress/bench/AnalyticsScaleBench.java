package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.redress.events.EventEnvelope;
import io.redress.events.Topics;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Analytics at scale: whole complaint lives ({@link History}, about eight events each, over two simulated years)
 * written straight to {@code complaint-events} while only analytics runs; its catch-up rate, then every analytics
 * endpoint asked {@code samples} times in turn (one client, varied windows and moments), with its latencies.
 */
final class AnalyticsScaleBench {

    private final ServiceClient client;
    private final Progress progress;

    AnalyticsScaleBench(ServiceClient client, Progress progress) {
        this.client = client;
        this.progress = progress;
    }

    /** A slow question is asked at least this often, then only while its budget lasts. */
    private static final int MIN_SAMPLES = 3;
    private static final double QUESTION_BUDGET_MILLIS = 60_000;

    Result.AnalyticsScale run(BenchSystem system, int complaints, int samples, Duration cap) {
        History history = new History(Instant.parse("2023-01-02T00:00:00Z"), Duration.ofDays(730), complaints);
        long before = client.handled("analytics");
        long start = System.nanoTime();
        long events = 0;
        List<UUID> sample = new ArrayList<>();
        try (LogWriter writer = new LogWriter(system.endpoints().kafkaBootstrapServers())) {
            for (int i = 0; i < complaints; i++) {
                List<EventEnvelope> life = history.life(i);
                for (EventEnvelope envelope : life) {
                    writer.send(writer.record(Topics.COMPLAINT_EVENTS, envelope));
                }
                events += life.size();
                if (i % Math.max(1, complaints / 20) == 0) {
                    sample.add(UUID.fromString(life.getFirst().key()));
                }
                progress.every(i + 1L, complaints, "writing whole lives to the log");
            }
            writer.flush();
        }
        progress.say("  wrote %,d complaints (%,d events); waiting for analytics to catch up", complaints, events);
        long target = before + events;
        long deadline = System.nanoTime() + cap.toNanos();
        long handled = before;
        while (handled < target && System.nanoTime() < deadline) {
            Waits.pause(Duration.ofSeconds(2));
            handled = client.handled("analytics");
            progress.every(handled - before, events, "analytics catching up");
        }
        long nanos = System.nanoTime() - start;
        Result.Rate catchUp = handled >= target ? Result.Rate.of(events, nanos, "events", 0)
                : Result.Rate.capped(handled - before, nanos, "events", events);
        Map<String, Result.Latency> latencies = ask(history, sample, samples);
        latencies.forEach((name, latency) -> progress.say("  %-44s p50 %,6.0f ms  p95 %,6.0f ms", name,
                latency.p50(), latency.p95()));
        return new Result.AnalyticsScale(complaints, events, catchUp, latencies);
    }

    private Map<String, Result.Latency> ask(History history, List<UUID> sample, int samples) {
        String rootCause = rootCause(sample);
        Random random = new Random(42);
        Map<String, IntFunction<String>> questions = new LinkedHashMap<>();
        questions.put("summary, all time", k -> "/analytics/summary");
        questions.put("summary, 30 days", k -> "/analytics/summary?" + month(history, random));
        questions.put("summary, 30 days, asOf in the past", k -> "/analytics/summary?" + month(history, random)
                + "&asOf=" + moment(history, random));
        questions.put("summary, all time, asOf in the past", k -> "/analytics/summary?asOf="
                + moment(history, random));
        questions.put("trends by week, all time", k -> "/analytics/trends?interval=week");
        questions.put("trends by day, 90 days, Berlin", k -> "/analytics/trends?interval=day&tz=Europe/Berlin&"
                + window(history, random, 90));
        questions.put("hotspots hour × employee, 30 days", k -> "/analytics/hotspots?by=hour,employee&"
                + month(history, random));
        questions.put("hotspots component × version, all time", k -> "/analytics/hotspots?by=component,"
                + "componentVersion");
        questions.put("hotspots owner, 30 days, asOf in the past", k -> "/analytics/hotspots?by=owner&"
                + month(history, random) + "&asOf=" + moment(history, random));
        questions.put("recovery, all time", k -> "/analytics/recovery");
        questions.put("customers at risk, first page", k -> "/analytics/customers/at-risk?asOf=" + history.end());
        questions.put("customers at risk, 30 days, first page", k -> "/analytics/customers/at-risk?"
                + month(history, random) + "&asOf=" + history.end());
        questions.put("root causes, list", k -> "/root-causes");
        questions.put("root cause with recurrence", k -> "/root-causes/" + rootCause + "?asOf=" + history.end());
        Map<String, Result.Latency> latencies = new LinkedHashMap<>();
        for (Map.Entry<String, IntFunction<String>> question : questions.entrySet()) {
            List<Double> millis = new ArrayList<>();
            double spent = 0;
            for (int k = 0; k < samples && (k < MIN_SAMPLES || spent < QUESTION_BUDGET_MILLIS); k++) {
                String path = question.getValue().apply(k);
                long t0 = System.nanoTime();
                HttpResponse<String> answer = client.get("analytics", path);
                millis.add((System.nanoTime() - t0) / 1e6);
                spent += millis.getLast();
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
                }
            }
            latencies.put(question.getKey(), Result.Latency.of(millis));
            progress.say("  asked %s %d times%s", question.getKey(), millis.size(), millis.size() < samples
                    ? " (its %,.0f s budget spent)".formatted(QUESTION_BUDGET_MILLIS / 1000) : "");
        }
        return latencies;
    }

    private String rootCause(List<UUID> complaints) {
        Map<String, Object> body = Map.of("title", "Firmware drops the line", "category", "outage",
                "component", "component-3", "whys", List.of("Lines drop.", "The firmware restarts."),
                "correctiveAction", "Roll back the firmware", "correctedAt", "2024-01-01T00:00:00Z",
                "complaintIds", complaints);
        HttpResponse<String> created = client.postJson("analytics", "/root-causes", body).join();
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /root-causes answered " + created.statusCode() + ": "
                    + created.body());
        }
        JsonNode json = ServiceClient.json(created);
        return json.get("rootCauseId").asText();
    }

    private static String month(History history, Random random) {
        return window(history, random, 30);
    }

    private static String window(History history, Random random, int days) {
        long range = Duration.between(history.start(), history.end()).toSeconds() - Duration.ofDays(days).toSeconds();
        Instant from = history.start().plusSeconds(random.nextLong(range));
        return "from=" + from + "&to=" + from.plus(Duration.ofDays(days));
    }

    private static Instant moment(History history, Random random) {
        return history.start().plus(Duration.ofDays(200)).plusSeconds(random.nextLong(Duration.ofDays(500)
                .toSeconds()));
    }
}
