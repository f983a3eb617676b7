package io.redress.core.rebuild;

import io.redress.events.Topics;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code complaint-events} from the beginning up to where it ended when the read started (or up to given
 * offsets), outside any consumer group, so a rebuild never moves the live consumer's committed offsets.
 */
@ApplicationScoped
public class LogReader {

    /** Receives the records in log order per partition, with the total number of records to replay. */
    @FunctionalInterface
    public interface BatchHandler {
        void accept(List<ConsumerRecord<String, byte[]>> batch, long targetRecords) throws Throwable;
    }

    private final Map<String, Object> kafkaConfig;

    public LogReader(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /**
     * Replays the log to where it ended when the read started, or, with {@code stopAt}, to those offsets (a rebuild
     * of some read models goes as far as the view had got, and no further).
     */
    public void replay(BatchHandler handler, Map<Integer, Long> stopAt) throws Throwable {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINT_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            if (stopAt != null) {
                end.replaceAll((tp, offset) -> Math.min(offset, Math.max(start.get(tp),
                        stopAt.getOrDefault(tp.partition(), 0L))));
            }
            long target = partitions.stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                if (!batch.isEmpty()) {
                    handler.accept(batch, target);
                }
            }
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> config.put(key, value));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        // A fetch holds about one batch (5,000 records of ~1 KiB), not the client's default of 50 MiB: the rebuild
        // keeps a batch being written and the next being decoded in a heap of 128 MiB.
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "redress-rebuild-" + ProcessHandle.current().pid());
        return config;
    }
}
