package io.redress.embedded;

import io.redress.events.Topics.TopicSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the contract's topics on any Kafka cluster, leaving existing ones (and their records) in place. */
public final class KafkaTopics {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaTopics() {
    }

    /**
     * Creates every missing topic and sets {@code retention.ms} on all of them.
     * Existing topics keep their partition count: shrinking is impossible and growing would re-key the log.
     */
    public static void ensure(String bootstrapServers, List<TopicSpec> specs) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "redress-embedded-topics");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = await(admin.listTopics().names());
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    // No replication factor: the broker's default fits both a one-node and a bigger cluster.
                    .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(spec.retentionMs()))))
                    .toList();
            createTolerantly(admin, missing);
            alignRetention(admin, specs.stream().filter(spec -> existing.contains(spec.name())).toList());
            LOG.info("Kafka topics ready: {} created, {} already there", missing.size(), specs.size() - missing.size());
        }
    }

    private static void createTolerantly(Admin admin, Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        admin.createTopics(topics).values().forEach((name, future) -> {
            try {
                await(future);
            } catch (KafkaOperationException e) {
                // Someone else (another test JVM, a service with auto-create) may have won the race: that is fine.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        });
    }

    private static void alignRetention(Admin admin, List<TopicSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        Map<ConfigResource, Collection<AlterConfigOp>> changes = specs.stream().collect(Collectors.toMap(
                spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec.name()),
                spec -> List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, Long.toString(spec.retentionMs())),
                        AlterConfigOp.OpType.SET))));
        await(admin.incrementalAlterConfigs(changes).all());
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaOperationException("Interrupted while talking to Kafka", e);
        } catch (ExecutionException e) {
            throw new KafkaOperationException("Kafka refused a topic operation: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaOperationException("Kafka did not answer within " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** A topic operation failed; the cause is Kafka's own exception. */
    public static final class KafkaOperationException extends RuntimeException {
        KafkaOperationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
