package io.redress.bench;

import io.redress.embedded.Endpoints;
import io.redress.local.JwtKeys;
import io.redress.local.LocalMain;
import io.redress.local.LocalSecrets;
import io.redress.local.LocalSystem;
import io.redress.local.ServiceProcess;
import io.redress.local.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fresh Redress for one phase of a benchmark: Kafka and PostgreSQL in a process of their own (so their memory is
 * measured apart from the load generator's), and the four services from their jars, all on free ports, with data in
 * a new directory.
 */
final class BenchSystem implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Process infrastructure;
    private final Path dataDir;
    private final Endpoints endpoints;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private BenchSystem(Process infrastructure, Path dataDir, Endpoints endpoints) {
        this.infrastructure = infrastructure;
        this.dataDir = dataDir;
        this.endpoints = endpoints;
    }

    static BenchSystem start(Path repo, Path dataDir, int partitions) {
        try {
            Files.createDirectories(dataDir);
            Path ready = dataDir.resolve("infrastructure.ready");
            Path embedded = repo.resolve("deploy/embedded/target");
            Process process = new ProcessBuilder(java(), "-Xmx768m", "-cp",
                    embedded.resolve("redress-embedded-0.1.0-SNAPSHOT.jar") + ":" + embedded.resolve("lib") + "/*",
                    "io.redress.embedded.InfrastructureMain", "--data-dir", dataDir.resolve("data").toString(),
                    "--kafka-port", "0", "--postgres-port", "0", "--partitions", Integer.toString(partitions),
                    "--ready-file", ready.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("infrastructure.log").toFile())
                    .start();
            BenchSystem system = new BenchSystem(process, dataDir, awaitReady(process, ready));
            try {
                system.startServices(repo);
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the infrastructure", e);
        }
    }

    private static Endpoints awaitReady(Process process, Path ready) throws IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!Files.exists(ready)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("Kafka and PostgreSQL did not start; see "
                        + ready.resolveSibling("infrastructure.log"));
            }
            Waits.pause(Duration.ofMillis(100));
        }
        Map<String, String> settings = new HashMap<>();
        for (String line : Files.readAllLines(ready)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                settings.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new Endpoints(settings.get("KAFKA_BOOTSTRAP_SERVERS"), "localhost",
                Integer.parseInt(settings.get("POSTGRES_PORT")), settings.get("POSTGRES_USER"),
                settings.get("POSTGRES_PASSWORD"));
    }

    private void startServices(Path repo) {
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, String> environment = new HashMap<>(LocalSecrets.serviceEnvironment(dataDir, spec));
            if (spec.name().equals("followup")) {
                // The lifecycle phase runs to the close: the check-in goes out a second after the resolution.
                environment.putAll(LocalMain.checkInAfter(Duration.ofSeconds(1)));
            }
            ServiceProcess service = new ServiceProcess(spec, LocalSystem.freePort(), repo, endpoints,
                    dataDir.resolve("logs"), environment);
            services.put(spec.name(), service);
            service.start();
        }
        services.values().forEach(service -> service.awaitReady(READY_TIMEOUT));
    }

    Endpoints endpoints() {
        return endpoints;
    }

    /** Where this system keeps its data, logs and the key pair its tokens are signed with. */
    Path dataDir() {
        return dataDir;
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    Map<String, ServiceProcess> services() {
        return services;
    }

    long infrastructurePid() {
        return infrastructure.pid();
    }

    Path postgresDataDir() {
        return dataDir.resolve("data/postgres");
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::close);
        infrastructure.destroy();
        try {
            if (!infrastructure.waitFor(60, TimeUnit.SECONDS)) {
                infrastructure.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            infrastructure.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
