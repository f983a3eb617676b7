package io.redress.embedded.testing;

import io.redress.embedded.BearerTokens;
import io.redress.embedded.Databases;
import io.redress.embedded.Endpoints;
import io.redress.embedded.RedressInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test infrastructure of the whole JVM: started on first use, reused by every test class and every Quarkus
 * restart, stopped by a shutdown hook. {@link RedressTestInfrastructure} reaches it through the system class loader.
 */
public final class SharedInfrastructure {

    /** Partitions of the keyed topics in tests: more than one, so per-key ordering is really exercised. */
    public static final int PARTITIONS = 3;

    /** The issuer of the tests' tokens. */
    public static final String TOKEN_ISSUER = "https://redress.test";

    private static final Logger LOG = LoggerFactory.getLogger(SharedInfrastructure.class);
    /** Signs the tests' bearer tokens; made per JVM, never written anywhere. */
    private static final KeyPair TOKEN_KEYS = BearerTokens.newKeyPair();
    /** Intake's key-encryption key in tests; made per JVM. */
    private static final String PERSONAL_DATA_KEK = Base64.getEncoder().encodeToString(
            new SecureRandom().generateSeed(32));
    private static Endpoints endpoints;

    private SharedInfrastructure() {
    }

    /** The Quarkus properties for {@code database}, starting the infrastructure and the database if needed. */
    public static synchronized Map<String, String> quarkusConfig(String database) {
        if (endpoints == null) {
            endpoints = startWithOwnContextClassLoader();
        }
        Databases.createIfMissing(endpoints.jdbcUrl("postgres"), endpoints.postgresUser(),
                endpoints.postgresPassword(), database);
        Map<String, String> config = new HashMap<>(endpoints.quarkusConfig(database));
        config.put("mp.jwt.verify.publickey", BearerTokens.pem("PUBLIC KEY", TOKEN_KEYS.getPublic().getEncoded()));
        config.put("mp.jwt.verify.issuer", TOKEN_ISSUER);
        config.put("redress.personal-data.kek", PERSONAL_DATA_KEK);
        return config;
    }

    /** The private key of the tests' tokens, as PEM (a JDK type, to cross class loaders; see TestTokens). */
    public static String tokenKeyPem() {
        return BearerTokens.pem("PRIVATE KEY", TOKEN_KEYS.getPrivate().getEncoded());
    }

    private static Endpoints startWithOwnContextClassLoader() {
        // Threads inherit the context class loader, and Kafka loads classes by name through it: the broker's
        // threads must not hold on to the class loader of the Quarkus application that happened to start it.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SharedInfrastructure.class.getClassLoader());
        try {
            return start();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Endpoints start() {
        long began = System.nanoTime();
        Optional<String> noDocker = DockerProbe.whyUnavailable();
        Endpoints started;
        if (noDocker.isEmpty()) {
            LOG.info("Docker engine found: test Kafka and PostgreSQL run in Testcontainers");
            ContainerInfrastructure containers = ContainerInfrastructure.start(PARTITIONS);
            closeAtExit(containers, null);
            started = containers.endpoints();
        } else {
            Path dataDir = createTempDir();
            LOG.info("No Docker ({}): test Kafka and PostgreSQL run embedded in this JVM, data in {}",
                    noDocker.get(), dataDir);
            QuietBrokerLogging.apply();
            RedressInfrastructure embedded = RedressInfrastructure.start(dataDir, 0, 0, PARTITIONS);
            closeAtExit(embedded, dataDir);
            started = embedded.endpoints();
        }
        LOG.info("Test infrastructure ready in {} ms: Kafka {}, PostgreSQL {}:{}", (System.nanoTime() - began) / 1_000_000,
                started.kafkaBootstrapServers(), started.postgresHost(), started.postgresPort());
        return started;
    }

    private static void closeAtExit(AutoCloseable infrastructure, Path dataDirToDelete) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                infrastructure.close();
                if (dataDirToDelete != null) {
                    deleteRecursively(dataDirToDelete);
                }
            } catch (Exception e) {
                LOG.warn("Test infrastructure did not stop cleanly", e);
            }
        }, "redress-test-infrastructure-shutdown"));
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("redress-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data directory for the test infrastructure", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
