package io.redress.local;

import io.redress.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code deploy/local/notifications}: prints what followup asked the mail and SMS senders to send, as a sender would
 * read it: every record on {@code complaint-notifications} from the beginning (no consumer group), one line each,
 * {@code <partition>@<offset> <json>}; {@code --complaint ID} keeps one complaint's.
 */
public final class NotificationsMain {

    static final String USAGE = "usage: deploy/local/notifications [--complaint ID] [--bootstrap HOST:PORT]";

    private NotificationsMain() {
    }

    public static void main(String[] args) {
        String bootstrap = "localhost:9092";
        String complaint = null;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                fail();
            }
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[i + 1];
                case "--complaint" -> complaint = args[i + 1];
                default -> fail();
            }
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINT_NOTIFICATIONS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (complaint == null || complaint.equals(record.key())) {
                        System.out.println(record.partition() + "@" + record.offset() + " " + record.value());
                    }
                }
            }
        }
    }

    private static void fail() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
