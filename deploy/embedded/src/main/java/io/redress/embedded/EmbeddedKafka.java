package io.redress.embedded;

import io.redress.events.Topics.TopicSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real single-node Kafka broker (KRaft: broker and controller in one) running inside this JVM. */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Starts a broker that keeps its logs in {@code dataDir}; a later start on the same directory finds the
     * same topics and records. {@code port} 0 picks a free port.
     */
    public static EmbeddedKafka start(Path dataDir, int port) {
        long began = System.nanoTime();
        Path dir = dataDir.toAbsolutePath();
        int brokerPort = Ports.freeOrRequested(port, "Kafka");
        // Nothing outside this JVM talks to the controller, so its port may change from run to run.
        int controllerPort = Ports.free();
        Path logDir = dir.resolve("logs");
        Properties config = KafkaStorage.config(logDir, brokerPort, controllerPort);
        KafkaStorage.formatIfNew(dir.resolve("server.properties"), logDir, config);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        String bootstrap = "localhost:" + brokerPort;
        LOG.info("Kafka broker started on {} in {} ms, data in {}", bootstrap, (System.nanoTime() - began) / 1_000_000, dir);
        return new EmbeddedKafka(server, bootstrap, dir);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the missing topics and sets their retention; existing topics and their records are left alone. */
    public void createTopics(List<TopicSpec> topics) {
        KafkaTopics.ensure(bootstrapServers, topics);
    }

    /** Shuts the broker down and waits until it has; the data stays in the directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka broker on {} stopped; data kept in {}", bootstrapServers, dataDir);
    }
}
