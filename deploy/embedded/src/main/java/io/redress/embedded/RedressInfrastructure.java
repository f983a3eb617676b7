package io.redress.embedded;

import io.redress.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Kafka and PostgreSQL together, with every Redress topic and database created: all a service needs to run. */
public final class RedressInfrastructure implements AutoCloseable {

    /** One database per service that keeps state. */
    public static final List<String> DATABASES =
            List.of("redress_intake", "redress_resolution", "redress_followup", "redress_analytics");

    private static final Logger LOG = LoggerFactory.getLogger(RedressInfrastructure.class);

    private final EmbeddedKafka kafka;
    private final EmbeddedDatabase database;
    private final Path dataDir;

    private RedressInfrastructure(EmbeddedKafka kafka, EmbeddedDatabase database, Path dataDir) {
        this.kafka = kafka;
        this.database = database;
        this.dataDir = dataDir;
    }

    /**
     * Starts both servers with their data under {@code dataDir} ({@code kafka/} and {@code postgres/}), so a later
     * start on the same directory finds every record and row again. A port of 0 picks a free one.
     */
    public static RedressInfrastructure start(Path dataDir, int kafkaPort, int postgresPort, int partitions) {
        Path dir = dataDir.toAbsolutePath().normalize();
        LOG.info("Starting Redress infrastructure, data in {}", dir);
        EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"), postgresPort);
        try {
            DATABASES.forEach(database::createDatabase);
            EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), kafkaPort);
            try {
                kafka.createTopics(Topics.all(partitions, rawInputRetention()));
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
            LOG.info("Redress infrastructure ready: Kafka on {}, PostgreSQL on localhost:{} with databases {}",
                    kafka.bootstrapServers(), database.port(), DATABASES);
            return new RedressInfrastructure(kafka, database, dir);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Endpoints endpoints() {
        return new Endpoints(kafka.bootstrapServers(), "localhost", database.port(),
                database.username(), database.password());
    }

    /** The Quarkus properties that point a service at this infrastructure and at {@code database}. */
    public Map<String, String> quarkusConfig(String database) {
        return endpoints().quarkusConfig(database);
    }

    /** Stops Kafka first (it may still be flushing), then PostgreSQL; both keep their data. */
    @Override
    public void close() {
        LOG.info("Stopping Redress infrastructure (data stays in {})", dataDir);
        try {
            kafka.close();
        } finally {
            database.close();
        }
        LOG.info("Redress infrastructure stopped");
    }

    /** How long raw input from other systems is kept: {@code REDRESS_RAW_INPUT_RETENTION} (ISO-8601), else 7 days. */
    static Duration rawInputRetention() {
        String configured = System.getenv("REDRESS_RAW_INPUT_RETENTION");
        return configured == null || configured.isBlank() ? Topics.RAW_INPUT_RETENTION : Duration.parse(configured);
    }
}
