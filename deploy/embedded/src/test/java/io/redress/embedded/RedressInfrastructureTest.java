package io.redress.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.redress.events.Topics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedressInfrastructureTest {

    @TempDir
    Path dataDir;

    @Test
    void createsEveryTopicAndDatabaseAndKeepsDataAcrossARestart() throws Exception {
        try (RedressInfrastructure first = RedressInfrastructure.start(dataDir, 0, 0, 3)) {
            assertThat(topicNames(first.kafkaBootstrapServers()))
                    .containsAll(Topics.all(3).stream().map(Topics.TopicSpec::name).toList());
            assertThat(databaseNames(first.database())).containsAll(RedressInfrastructure.DATABASES);
            assertThat(first.quarkusConfig("redress_intake")).containsOnly(
                    entry("kafka.bootstrap.servers", first.kafkaBootstrapServers()),
                    entry("quarkus.datasource.reactive.url",
                            "postgresql://localhost:" + first.database().port() + "/redress_intake"),
                    entry("quarkus.datasource.username", "postgres"),
                    entry("quarkus.datasource.password", "postgres"));

            KafkaClients.produce(first.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS, "complaint-7", "before restart");
            execute(first.database(), "CREATE TABLE survivor (id int PRIMARY KEY, note text)",
                    "INSERT INTO survivor VALUES (1, 'before restart')");
        }

        try (RedressInfrastructure second = RedressInfrastructure.start(dataDir, 0, 0, 3)) {
            List<ConsumerRecord<String, String>> records =
                    KafkaClients.consume(second.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS, 1);
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("complaint-7");
                assertThat(record.value()).isEqualTo("before restart");
            });
            assertThat(query(second.database(), "SELECT note FROM survivor WHERE id = 1")).containsExactly("before restart");
        }
    }

    private static List<String> topicNames(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return List.copyOf(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
    }

    private static List<String> databaseNames(EmbeddedDatabase database) throws Exception {
        return query(database, "SELECT datname FROM pg_database");
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl("redress_intake"), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl("redress_intake"), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
