package io.redress.core.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.Channels;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Copies a record that can never be applied to {@code complaint-events-dlq} as it was received, with headers saying
 * why and where it came from ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}).
 */
@ApplicationScoped
public class DeadLetters {

    /**
     * One record to dead-letter and why.
     *
     * @param type the {@code type} label of the consumed-events metric: the event type, or {@code invalid}
     */
    public record DeadLetter(ConsumerRecord<String, byte[]> record, String reason, String type) {
    }

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MutinyEmitter<byte[]> emitter;
    private final MeterRegistry registry;

    public DeadLetters(@Channel(Channels.COMPLAINT_EVENTS_DLQ)
            @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> emitter,
            MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    /** Completes once the broker has acknowledged every copy. */
    public Uni<Void> sendAll(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(letters.stream().map(this::send).toList()).andFailFast().replaceWithVoid();
    }

    /**
     * The copy of {@code record} for a dead-letter topic: its key, value and headers, plus {@code dead-letter-topic},
     * {@code -partition} and {@code -offset} saying where it came from, and the headers in {@code why}.
     */
    public static Message<byte[]> copy(ConsumerRecord<String, byte[]> record, Map<String, String> why) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        why.forEach((name, value) -> headers.add(name, bytes(value)));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build();
        return Message.of(record.value()).addMetadata(kafka);
    }

    private Uni<Void> send(DeadLetter letter) {
        ConsumerRecord<String, byte[]> record = letter.record();
        return emitter.sendMessage(copy(record, Map.of("dead-letter-reason", letter.reason()))).invoke(() -> {
            registry.counter("redress.events.consumed", "type", letter.type(), "outcome", "dead-lettered").increment();
            LOG.errorf("Dead-lettered record %s-%d@%d (key %s): %s", record.topic(), record.partition(),
                    record.offset(), record.key(), letter.reason());
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
