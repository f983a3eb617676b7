package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The HTTP calls a benchmark makes to the services: filing, reading views, metrics and rebuilds. */
final class ServiceClient {

    /** The consumed-event outcomes that mean a service has handled an event (the others are failures or skips). */
    private static final Set<String> HANDLED = Set.of("applied", "ignored", "duplicate");

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final BenchSystem system;

    ServiceClient(BenchSystem system) {
        this.system = system;
    }

    /** Files a complaint; completes with the response (status and body). */
    CompletableFuture<HttpResponse<String>> file(Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(system.url("intake") + "/complaints"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UUID complaintId(HttpResponse<String> filed) {
        try {
            return UUID.fromString(JSON.readTree(filed.body()).get("complaintId").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events the service has handled so far (applied, ignored or duplicate), from its Prometheus metrics. */
    long handled(String service) {
        return PrometheusText.sum(get(service, "/q/metrics").body(), "redress_events_consumed_total",
                "outcome", HANDLED);
    }

    /** Analytics' {@code filed} and {@code assigned} counts for complaints received in {@code [from, to)}. */
    long[] counted(Instant from, Instant to) {
        JsonNode summary = json(get("analytics", "/analytics/summary?from=" + from + "&to=" + to));
        return new long[] {summary.path("filed").asLong(), summary.path("assigned").asLong()};
    }

    CompletableFuture<HttpResponse<String>> getAsync(String service, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.url(service) + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String service, String path) {
        return getAsync(service, path).join();
    }

    HttpResponse<String> post(String service, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.url(service) + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
