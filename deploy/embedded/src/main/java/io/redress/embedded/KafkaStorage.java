package io.redress.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The single-node KRaft configuration and the one-time formatting of its data directory. */
final class KafkaStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStorage.class);

    private KafkaStorage() {
    }

    static Properties config(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // One node: every internal topic must be satisfied by a single replica.
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions than the default 50: a laptop-sized broker starts and rebalances faster.
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.num.partitions", "5");
        // No point waiting for more group members to join: tests and local runs want the first poll to work.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /**
     * Writes {@code config} to {@code configFile} and formats the log directory unless that was done before;
     * an already formatted directory keeps its cluster id, so its topics and records stay readable.
     */
    static void formatIfNew(Path configFile, Path logDir, Properties config) {
        writeConfig(configFile, config);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {
                "format", "-t", clusterId(logDir), "-c", configFile.toString(), "--ignore-formatted"}, out);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
        LOG.debug("Kafka storage: {}", output.toString(StandardCharsets.UTF_8).strip());
    }

    private static String clusterId(Path logDir) {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return Uuid.randomUuid().toString();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + meta, e);
        }
        String id = properties.getProperty("cluster.id");
        if (id == null) {
            throw new IllegalStateException(meta + " has no cluster.id: the Kafka data directory is damaged");
        }
        return id;
    }

    private static void writeConfig(Path file, Properties config) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                config.store(writer, "Written by redress-embedded on every start; edits are overwritten");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
