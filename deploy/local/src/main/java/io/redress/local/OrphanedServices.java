package io.redress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which service processes a run started ({@code services.pids} in the data directory) and stops the ones
 * an earlier run left behind when it was killed outright: they would still hold the ports and the log.
 */
final class OrphanedServices {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServices.class);
    private static final String FILE = "services.pids";

    private OrphanedServices() {
    }

    /** Stops every recorded service process that still runs one of our jars. */
    static void stopLeftovers(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        for (String line : read(file)) {
            String[] fields = line.strip().split(" ", 2);
            if (fields.length == 2) {
                leftover(Long.parseLong(fields[0]), fields[1]).ifPresent(process -> stop(process, fields[1]));
            }
        }
        forget(dataDir);
    }

    /** @param modules module name per process id */
    static void remember(Path dataDir, Map<Long, String> modules) {
        String lines = modules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE), e);
        }
    }

    static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dataDir.resolve(FILE), e.getMessage());
        }
    }

    /** The process, if that pid still runs the module's jar (a pid may have been reused since). */
    private static Optional<ProcessHandle> leftover(long pid, String module) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(module + "/target/quarkus-app/quarkus-run.jar"))
                        .orElse(false));
    }

    private static void stop(ProcessHandle process, String module) {
        LOG.warn("{} (pid {}) from an earlier run that was not shut down still runs; stopping it", module,
                process.pid());
        ServiceProcess.stop(process);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
