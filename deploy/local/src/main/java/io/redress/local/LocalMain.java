package io.redress.local;

import io.redress.events.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/local/run}: starts Kafka, PostgreSQL and the four services, prints where everything is, and stops it
 * all on Ctrl-C. Data stays under the data directory, so the next run carries on from it.
 */
public final class LocalMain {

    private LocalMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repo = Path.of(arg(args, "--repo", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(arg(args, "--data-dir", repo.resolve(".redress").toString())).toAbsolutePath()
                .normalize();
        int kafkaPort = Integer.parseInt(arg(args, "--kafka-port", "9092"));
        int postgresPort = Integer.parseInt(arg(args, "--postgres-port", "5432"));
        int instances = Integer.parseInt(arg(args, "--instances", "1"));
        if (instances < 1 || instances > 9) {
            System.err.println("--instances must be between 1 and 9");
            System.exit(2);
        }
        Map<String, Integer> perService = new HashMap<>();
        ServiceSpec.ALL.forEach(spec -> perService.put(spec.name(), instances));
        JwtKeys.ensure(dataDir);

        LocalSystem system;
        try {
            system = LocalSystem.start(new LocalSystem.Options(repo, dataDir, kafkaPort, postgresPort, 3, Map.of(),
                    tourEnvironment(), perService));
        } catch (RuntimeException e) {
            System.err.println("Redress could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Redress...");
            system.close();
            System.out.println("Stopped. Data kept in " + dataDir);
            stopped.countDown();
        }, "redress-local-shutdown"));
        printBanner(system, dataDir);
        stopped.await();
    }

    private static void printBanner(LocalSystem system, Path dataDir) {
        StringBuilder out = new StringBuilder("\nRedress is running.\n\n");
        for (ServiceProcess service : system.services()) {
            out.append("  %-13s %s   (API docs: %s/q/swagger-ui, log: %s)%n".formatted(service.name(),
                    service.baseUrl(), service.baseUrl(), service.logFile()));
        }
        out.append("%n  Kafka         %s%n".formatted(system.infrastructure().kafkaBootstrapServers()));
        out.append("  PostgreSQL    localhost:%d (databases redress_intake, redress_resolution, redress_followup, "
                .formatted(system.infrastructure().endpoints().postgresPort()) + "redress_analytics)\n");
        out.append("  Data          %s (kept between runs; delete it to start afresh)%n".formatted(dataDir));
        out.append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /**
     * The local run checks in two minutes after a resolution instead of three days, so that the README's tour sees
     * a complaint close; a value set in the caller's environment wins (REDRESS_FOLLOWUP_CHECK_IN_MAJOR=P3D ...).
     */
    static Map<String, String> tourEnvironment() {
        Map<String, String> environment = new HashMap<>(checkInAfter(Duration.ofMinutes(2)));
        environment.keySet().removeIf(key -> System.getenv(key) != null);
        return environment;
    }

    /** The environment that makes followup check in this long after a resolution, whatever the severity. */
    public static Map<String, String> checkInAfter(Duration after) {
        Map<String, String> environment = new HashMap<>();
        for (Severity severity : Severity.values()) {
            environment.put("REDRESS_FOLLOWUP_CHECK_IN_" + severity.name(), after.toString());
        }
        return environment;
    }
}
