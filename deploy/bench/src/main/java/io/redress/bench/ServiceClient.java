package io.redress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.embedded.BearerTokens;
import io.redress.local.JwtKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The HTTP calls a benchmark makes to the services: filing, reading views, metrics and rebuilds. */
final class ServiceClient {

    /** The consumed-event outcomes that mean a service has handled an event (passed: read by none of its read models). */
    private static final Set<String> HANDLED = Set.of("applied", "ignored", "passed", "duplicate");

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final BenchSystem system;
    private final Map<String, String> tokens = new HashMap<>();

    ServiceClient(BenchSystem system) {
        this.system = system;
        PrivateKey key = JwtKeys.readPrivateKey(system.dataDir());
        for (String role : BearerTokens.ROLES) {
            tokens.put(role, "Bearer " + BearerTokens.sign(key, JwtKeys.ISSUER, "bench-" + role, Set.of(role),
                    Duration.ofHours(12)));
        }
    }

    /** The role the bench calls a path as: the one the path's owners would use. */
    static String roleFor(String method, String path) {
        if (path.startsWith("/q/metrics") || path.startsWith("/admin/")) {
            return "operator";
        }
        if (path.startsWith("/analytics/") || path.startsWith("/root-causes")) {
            return "analyst";
        }
        return method.equals("POST") && (path.equals("/complaints") || path.endsWith("/satisfaction")) ? "intake"
                : "supervisor";
    }

    private HttpRequest.Builder request(String method, String service, String path) {
        return HttpRequest.newBuilder(URI.create(system.url(service) + path))
                .header("Authorization", tokens.get(roleFor(method, path)));
    }

    /** Files a complaint; completes with the response (status and body). */
    CompletableFuture<HttpResponse<String>> file(Map<String, Object> body) {
        try {
            HttpRequest request = request("POST", "intake", "/complaints")
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body as the JSON bytes sent. */
    static byte[] bytes(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
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

    /** Events the service has handled so far (applied, ignored, passed or duplicate), from its Prometheus metrics. */
    long handled(String service) {
        return PrometheusText.sum(get(service, "/q/metrics").body(), "redress_events_consumed_total",
                "outcome", HANDLED);
    }

    /** Events the service has appended to the log so far, of these {@code ce_type}s, from its Prometheus metrics. */
    long published(String service, Set<String> types) {
        return PrometheusText.sum(get(service, "/q/metrics").body(), "redress_events_published_total", "type", types);
    }

    /** Submissions intake has filed from {@code complaint-submissions} so far, from its Prometheus metrics. */
    long submissionsFiled() {
        return PrometheusText.sum(get("intake", "/q/metrics").body(), "redress_submissions_total", "outcome",
                Set.of("filed"));
    }

    /** Analytics' {@code filed} and {@code assigned} counts for complaints received in {@code [from, to)}. */
    long[] counted(Instant from, Instant to) {
        JsonNode summary = json(get("analytics", "/analytics/summary?from=" + from + "&to=" + to));
        return new long[] {summary.path("filed").asLong(), summary.path("assigned").asLong()};
    }

    CompletableFuture<HttpResponse<String>> getAsync(String service, String path) {
        HttpRequest request = request("GET", service, path).timeout(Duration.ofSeconds(30)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String service, String path) {
        return getAsync(service, path).join();
    }

    HttpResponse<String> post(String service, String path) {
        HttpRequest request = request("POST", service, path).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** POSTs a JSON body; completes with the response. */
    CompletableFuture<HttpResponse<String>> postJson(String service, String path, Object body) {
        HttpRequest request = request("POST", service, path).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** PUTs a JSON body with If-Match. */
    HttpResponse<String> put(String service, String path, Object body, String ifMatch) {
        HttpRequest request = request("PUT", service, path).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json(body))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
