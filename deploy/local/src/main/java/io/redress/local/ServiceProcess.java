package io.redress.local;

import io.redress.embedded.Endpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One service running as a child process from its built jar, logging to its own file. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * C1 only and a small heap: on two cores shared by four services, a broker and a database, C2's compile threads
     * cost more CPU than their code saves, and the smaller heap and code cache take ~50 MiB (idle) to ~190 MiB
     * (under load) off each service. Measured with deploy/bench/run --quick: REST 56 to 84 complaints/s, straight
     * to the log 602 to 809/s, RSS 258/495 to 211/305 MiB (idle/peak). The heap starts at 16 MiB and gives memory
     * back after a collection (the 1/64-of-RAM default made it start at its 128 MiB maximum), objects have compact
     * 8-byte headers (JDK 25), glibc keeps two malloc arenas ({@link #ENVIRONMENT}) and is trimmed every few
     * seconds: idle RSS 220 to ~180 MiB (resolution, measured with pmap and native memory tracking).
     */
    static final String DEFAULT_JVM_OPTIONS = "-Xms16m -Xmx128m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 "
            + "-XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000 -Xss512k -XX:+UseSerialGC "
            + "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m";

    /** Environment every service starts with: glibc's per-thread malloc arenas would otherwise grow one per core. */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int instance;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    public ServiceProcess(ServiceSpec spec, int port, Path repoRoot, Endpoints endpoints, Path logDir,
            Map<String, String> extraEnvironment) {
        this(spec, 1, port, repoRoot, endpoints, logDir, extraEnvironment);
    }

    /** @param instance which instance of the service this is (1, 2, ...): they share database and consumer group */
    public ServiceProcess(ServiceSpec spec, int instance, int port, Path repoRoot, Endpoints endpoints, Path logDir,
            Map<String, String> extraEnvironment) {
        this.spec = spec;
        this.instance = instance;
        this.port = port;
        this.logFile = logDir.resolve(module() + ".log");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(List.of(jvmOptions().trim().split("\\s+")));
        command.addAll(List.of("-jar", spec.jar(repoRoot).toString()));
        this.command = List.copyOf(command);
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers(),
                "QUARKUS_DATASOURCE_REACTIVE_URL", endpoints.reactiveUrl(spec.database()),
                "QUARKUS_DATASOURCE_USERNAME", endpoints.postgresUser(),
                "QUARKUS_DATASOURCE_PASSWORD", endpoints.postgresPassword(),
                "QUARKUS_HTTP_PORT", Integer.toString(port)));
        env.putAll(extraEnvironment);
        this.environment = Map.copyOf(env);
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** {@code resolution} for a service's first instance, {@code resolution-2} for its second... */
    public String name() {
        return instance == 1 ? spec.name() : spec.name() + "-" + instance;
    }

    private String module() {
        return instance == 1 ? spec.module() : spec.module() + "-" + instance;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** Starts the process; its output is appended to the log file. */
    public synchronized void start() {
        if (!Files.isRegularFile(Path.of(command.get(command.size() - 1)))) {
            throw new IllegalStateException("No built jar for " + spec.module() + " at " + command.getLast()
                    + "; build first (./mvnw -DskipTests package)");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(ENVIRONMENT);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + module(), e);
        }
    }

    /** Waits until the service reports ready on {@code /q/health/ready}; fails early if the process died. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module() + " exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            if (ready()) {
                return;
            }
            pause();
        }
        throw new IllegalStateException(module() + " not ready after " + timeout + "; see " + logFile);
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + spec.module(), e);
        }
    }

    /** Kills the process outright (SIGKILL, as {@code kill -9}): no shutdown hook, no clean stop. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    /** Asks the service to stop cleanly; see {@link #stop(ProcessHandle)}. */
    @Override
    public synchronized void close() {
        if (process != null) {
            stop(process.toHandle());
        }
    }

    /**
     * Stops a service process, this run's or a leftover of an earlier one: SIGTERM, so Quarkus shuts down cleanly,
     * and a kill after 20 s.
     */
    static void stop(ProcessHandle service) {
        if (!service.isAlive()) {
            return;
        }
        service.destroy();
        try {
            service.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            service.destroyForcibly();
            service.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join();
        } catch (InterruptedException e) {
            service.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The services' JVM options: {@code REDRESS_SERVICE_JAVA_OPTS}, or the defaults chosen by measurement with
     * {@code deploy/bench/run} (see its README).
     */
    static String jvmOptions() {
        String options = System.getenv("REDRESS_SERVICE_JAVA_OPTS");
        return options == null || options.isBlank() ? DEFAULT_JVM_OPTIONS : options;
    }

    /** The java that runs this launcher: already known to be new enough for the services. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
