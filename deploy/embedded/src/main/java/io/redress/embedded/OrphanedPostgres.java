package io.redress.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that an earlier, killed run left behind on a data directory: PostgreSQL runs as a
 * separate process, so it survives a {@code kill -9} of the JVM and would keep the port and the directory.
 */
final class OrphanedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    // zonky holds this file locked for as long as its JVM runs the server.
    private static final String ZONKY_LOCK = "epg-lock";

    private OrphanedPostgres() {
    }

    static void stopIfAny(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoLiveOwner(dataDir);
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        // The pid may have been reused by an unrelated process since; only a postgres binary is stopped.
        Optional<ProcessHandle> server = ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // a stale pid file alone is harmless: PostgreSQL replaces it on start
        }
        LOG.warn("PostgreSQL (pid {}) from an earlier run that was not shut down still runs on {}; stopping it",
                pid, dataDir);
        stop(server.get());
    }

    private static void requireNoLiveOwner(Path dataDir) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDir);
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("PostgreSQL data directory " + dataDir
                + " is in use by another running Redress infrastructure; stop it first or use another data directory.");
    }

    private static void stop(ProcessHandle server) throws IOException {
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions instead of waiting for them.
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL " + server.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The orphaned PostgreSQL " + server.pid() + " did not stop within 30 s", e);
        }
    }
}
