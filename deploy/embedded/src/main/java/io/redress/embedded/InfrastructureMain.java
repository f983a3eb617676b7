package io.redress.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/** Runs Kafka and PostgreSQL for local development until the process is asked to stop (Ctrl-C, SIGTERM). */
public final class InfrastructureMain {

    private InfrastructureMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MainOptions options;
        try {
            options = MainOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(MainOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(MainOptions.USAGE);
            return;
        }
        // A ready file from an earlier run would tell a waiting script "ready" before we are.
        deleteIfExists(options.readyFile());

        RedressInfrastructure infrastructure;
        try {
            infrastructure = RedressInfrastructure.start(
                    options.dataDir(), options.kafkaPort(), options.postgresPort(), options.partitions());
        } catch (PortInUseException e) {
            System.err.println(e.getMessage() + " Choose other ports with --kafka-port / --postgres-port.");
            System.exit(1);
            return;
        } catch (IllegalStateException e) {
            // The expected failures (data directory in use, broken data) say all there is to say in their message.
            System.err.println("Redress infrastructure could not start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("Redress infrastructure could not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                infrastructure.close();
                deleteIfExists(options.readyFile());
            } finally {
                stopped.countDown();
            }
        }, "redress-infrastructure-shutdown"));

        String ready = readyLines(infrastructure.endpoints());
        writeReadyFile(options.readyFile(), ready);
        System.out.print(ready);
        System.out.flush();
        stopped.await();
    }

    private static String readyLines(Endpoints endpoints) {
        return "KAFKA_BOOTSTRAP_SERVERS=" + endpoints.kafkaBootstrapServers() + "\n"
                + "POSTGRES_PORT=" + endpoints.postgresPort() + "\n"
                + "POSTGRES_USER=" + endpoints.postgresUser() + "\n"
                + "POSTGRES_PASSWORD=" + endpoints.postgresPassword() + "\n";
    }

    private static void writeReadyFile(Path file, String content) {
        if (file == null) {
            return;
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            // Written aside and moved in one step, so a script polling for the file never reads half of it.
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
            Files.writeString(partial, content);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ready file " + file, e);
        }
    }

    private static void deleteIfExists(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the ready file " + file, e);
        }
    }
}
