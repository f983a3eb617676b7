package io.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads memory use from {@code /proc}: resident set size of a JVM, and the proportional set size of PostgreSQL's
 * processes summed (RSS would count the shared buffers once per backend).
 */
final class Memory {

    private Memory() {
    }

    /** VmRSS of a process in MiB, or -1 when it is gone or this is not Linux. */
    static double rssMiB(long pid) {
        return kib(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") / 1024.0;
    }

    /** PSS in MiB of the postmaster recorded in {@code dataDir/postmaster.pid} and of all its children. */
    static double postgresPssMiB(Path dataDir) {
        Optional<Long> postmaster = postmasterPid(dataDir);
        if (postmaster.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (long pid : withChildren(postmaster.get())) {
            total += Math.max(0, kib(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:"));
        }
        return total / 1024.0;
    }

    /** The postmaster's pid from {@code dataDir/postmaster.pid}, if it is there. */
    static Optional<Long> postmasterPid(Path dataDir) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Long> withChildren(long parent) {
        List<Long> pids = new ArrayList<>(List.of(parent));
        ProcessHandle.of(parent).ifPresent(p -> p.children().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    private static long kib(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field))
                    .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
