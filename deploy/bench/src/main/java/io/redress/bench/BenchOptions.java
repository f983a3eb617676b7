package io.redress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How big a benchmark run is. {@code full} is the reference, {@code quick} finishes in minutes, {@code smoke} only
 * proves the harness still works (the build runs it).
 *
 * @param warmUpComplaints filed through the whole pipeline before a phase measures anything
 * @param submissions      published on {@code complaint-submissions} and followed through every service
 * @param importComplaints a shuffled import of history published on {@code complaint-submissions}
 * @param drainCap    how long a phase waits for every service to catch up before it reports what it got
 * @param rebuildCap  how long one service's rebuild may take before it is reported as unfinished
 * @param analyticsComplaints whole complaint lives written to the log for analytics at scale
 * @param analyticsSamples    how many times each analytics question is asked
 * @param analyticsCap        how long analytics may take to catch up with them
 */
public record BenchOptions(String mode, Path repo, Path outDir, int partitions, int kafkaRecords, int postgresRows,
        int postgresSingleRows, int warmUpComplaints, int restComplaints, int restClients, int directComplaints, int submissions,
        int importComplaints, List<Integer> latencyRates,
        Duration latencyDuration, int replayEvents, Duration idleSettle, Duration drainCap, Duration rebuildCap,
        int analyticsComplaints, int analyticsSamples, Duration analyticsCap) {

    public static BenchOptions of(String mode, Path repo, Path outDir) {
        return switch (mode) {
            case "full" -> new BenchOptions(mode, repo, outDir, 3, 1_000_000, 500_000, 20_000, 500, 40_000, 32, 200_000,
                    40_000, 100_000, List.of(100, 500, 2_000), Duration.ofSeconds(30), 1_000_000, Duration.ofSeconds(20),
                    Duration.ofMinutes(10), Duration.ofMinutes(15), 1_000_000, 40, Duration.ofMinutes(30));
            case "quick" -> new BenchOptions(mode, repo, outDir, 3, 200_000, 100_000, 5_000, 200, 5_000, 16, 20_000,
                    10_000, 100_000, List.of(100, 500, 2_000), Duration.ofSeconds(10), 100_000, Duration.ofSeconds(10),
                    Duration.ofSeconds(45), Duration.ofSeconds(75), 100_000, 20, Duration.ofMinutes(5));
            case "smoke" -> new BenchOptions(mode, repo, outDir, 3, 2_000, 1_000, 100, 0, 40, 4, 100, 100, 1_000, List.of(20),
                    Duration.ofSeconds(2), 1_000, Duration.ofSeconds(1), Duration.ofSeconds(60),
                    Duration.ofSeconds(60), 500, 2, Duration.ofSeconds(60));
            default -> throw new IllegalArgumentException("unknown mode " + mode + "; use --quick, --smoke or none");
        };
    }
}
