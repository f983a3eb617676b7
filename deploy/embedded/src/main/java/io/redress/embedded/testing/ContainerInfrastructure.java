package io.redress.embedded.testing;

import io.redress.embedded.Databases;
import io.redress.embedded.Endpoints;
import io.redress.embedded.KafkaTopics;
import io.redress.embedded.RedressInfrastructure;
import io.redress.events.Topics;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka and PostgreSQL in Docker containers, set up with the same topics and databases as the embedded ones. */
final class ContainerInfrastructure implements AutoCloseable {

    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");
    // Same major version as the embedded binaries, so both paths test against the same SQL dialect.
    private static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:14-alpine")
            .asCompatibleSubstituteFor("postgres");

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgres;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static ContainerInfrastructure start(int partitions) {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        Startables.deepStart(kafka, postgres).join();
        ContainerInfrastructure started = new ContainerInfrastructure(kafka, postgres);
        try {
            KafkaTopics.ensure(kafka.getBootstrapServers(), Topics.all(partitions));
            RedressInfrastructure.DATABASES.forEach(name -> Databases.createIfMissing(
                    postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), name));
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    Endpoints endpoints() {
        return new Endpoints(kafka.getBootstrapServers(), postgres.getHost(),
                postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            postgres.stop();
        }
    }
}
