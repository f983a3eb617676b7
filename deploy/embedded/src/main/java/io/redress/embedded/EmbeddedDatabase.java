package io.redress.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server (zonky's packaged binaries) run as a child process, keeping its data in a given directory. */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    // zonky's initdb sets up "trust" authentication, so any password is accepted; this one is just conventional.
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code dataDir}: an empty directory gets a fresh cluster (initdb), one that already holds
     * a cluster is reused with its data. {@code port} 0 picks a free port.
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        long began = System.nanoTime();
        Path dir = dataDir.toAbsolutePath();
        // The same test zonky uses to decide whether to run initdb.
        boolean reused = Files.exists(dir.resolve("postgresql.conf"));
        try {
            Files.createDirectories(dir);
            // Must come before the port check: a server left behind by a killed run may still hold the port.
            OrphanedPostgres.stopIfAny(dir);
            int pgPort = Ports.freeOrRequested(port, "PostgreSQL");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    // false: keep the data on close, and skip initdb when the directory already holds a cluster.
                    .setCleanDataDirectory(false)
                    .setPort(pgPort)
                    // zonky's 10 s default is short for crash recovery on a busy two-core machine.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            LOG.info("PostgreSQL started on localhost:{} in {} ms, data in {} ({})", pgPort,
                    (System.nanoTime() - began) / 1_000_000, dir, reused ? "existing data reused" : "new cluster");
            return new EmbeddedDatabase(postgres, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not start on " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Creates {@code name} unless it exists (lower-case letters, digits and {@code _} only). */
    public void createDatabase(String name) {
        Databases.createIfMissing(jdbcUrl("postgres"), USER, PASSWORD, name);
    }

    /** The URL the Quarkus reactive PostgreSQL client expects (no {@code jdbc:} prefix). */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:" + reactiveUrl(database);
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server with a fast shutdown (open sessions are ended); the data stays in the directory. */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("PostgreSQL on localhost:{} stopped; data kept in {}", port(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
