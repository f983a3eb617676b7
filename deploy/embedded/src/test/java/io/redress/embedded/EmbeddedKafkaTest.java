package io.redress.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    static Path dataDir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dataDir, 0);
        kafka.createTopics(Topics.all(3));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void recordProducedToTheLogIsConsumedBack() throws Exception {
        var sent = KafkaClients.produce(kafka.bootstrapServers(), Topics.COMPLAINT_EVENTS, "complaint-1", "{\"n\":1}");

        List<ConsumerRecord<String, String>> received =
                KafkaClients.consume(kafka.bootstrapServers(), Topics.COMPLAINT_EVENTS, 1);

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("complaint-1");
            assertThat(record.value()).isEqualTo("{\"n\":1}");
            assertThat(record.partition()).isEqualTo(sent.partition());
            assertThat(record.offset()).isEqualTo(sent.offset());
        });
    }

    @Test
    void topicsHaveTheRequestedPartitionsAndRetention() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicDescription log = admin.describeTopics(List.of(Topics.COMPLAINT_EVENTS))
                    .allTopicNames().get(30, TimeUnit.SECONDS).get(Topics.COMPLAINT_EVENTS);
            assertThat(log.partitions()).hasSize(3);
            assertThat(log.partitions().getFirst().replicas()).hasSize(1);

            assertThat(retentionMs(admin, Topics.COMPLAINT_EVENTS)).isEqualTo("-1");
            assertThat(retentionMs(admin, Topics.COMPLAINT_SUBMISSIONS)).isEqualTo(Long.toString(7L * 24 * 3600 * 1000));
            assertThat(retentionMs(admin, Topics.COMPLAINT_EVENTS_DLQ)).isEqualTo(Long.toString(7L * 24 * 3600 * 1000));
            assertThat(retentionMs(admin, Topics.COMPLAINT_SUBMISSIONS_DLQ))
                    .isEqualTo(Long.toString(7L * 24 * 3600 * 1000));
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .containsAll(Topics.all(3).stream().map(Topics.TopicSpec::name).toList());
        }
    }

    @Test
    void creatingTopicsAgainLeavesExistingOnesAsTheyAre() throws Exception {
        kafka.createTopics(Topics.all(7));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicDescription log = admin.describeTopics(List.of(Topics.COMPLAINT_EVENTS))
                    .allTopicNames().get(30, TimeUnit.SECONDS).get(Topics.COMPLAINT_EVENTS);
            assertThat(log.partitions()).hasSize(3);
        }
    }

    @Test
    void bootstrapServersNameTheLocalPort() {
        assertThat(kafka.bootstrapServers()).matches("localhost:\\d+");
    }

    private static String retentionMs(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        return config.get(TopicConfig.RETENTION_MS_CONFIG).value();
    }
}
