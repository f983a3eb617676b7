package io.redress.core.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.Channels;
import io.redress.core.events.KafkaHeaders;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The live consumer of {@code complaint-events}: one transaction per event. A record that cannot be read fails, and
 * the channel's dead-letter strategy moves it to {@code complaint-events-dlq} with the reason; unknown event types
 * are skipped (tolerant reader).
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ComplaintEventsConsumer.class);

    private static final Duration RETRY_FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration RETRY_MAX_BACKOFF = Duration.ofSeconds(15);
    private static final int RETRIES = 12;

    private final EventCodec codec;
    private final EventProcessor processor;
    private final ProcessingGate gate;
    private final MeterRegistry registry;

    public ComplaintEventsConsumer(EventCodec codec, EventProcessor processor, ProcessingGate gate,
            MeterRegistry registry) {
        this.codec = codec;
        this.processor = processor;
        this.gate = gate;
        this.registry = registry;
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Optional<EventEnvelope> envelope;
        try {
            envelope = read(codec, record);
        } catch (InvalidEventException e) {
            registry.counter("redress.events.consumed", "type", "invalid", "outcome", "dead-lettered").increment();
            LOG.errorf("Dead-lettering record %s-%d@%d (key %s): %s", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        if (envelope.isEmpty()) {
            registry.counter("redress.events.consumed", "type", "unknown", "outcome", "skipped").increment();
            return Uni.createFrom().voidItem();
        }
        EventEnvelope event = envelope.get();
        LogPosition position = new LogPosition(record.partition(), record.offset());
        // A valid event that keeps failing (database down) is retried for about two minutes before it is
        // dead-lettered; it stays in the log, so a rebuild after the outage brings it back into the view.
        return gate.enter()
                .chain(() -> Panache.withTransaction(() -> processor.applyOnce(event, position, Mode.LIVE))
                        .onFailure().invoke(e -> LOG.warnf("Processing %s %s for %s failed, retrying: %s",
                                event.metadata().type(), event.metadata().id(), event.key(), e.getMessage()))
                        .onFailure().retry().withBackOff(RETRY_FIRST_BACKOFF, RETRY_MAX_BACKOFF).atMost(RETRIES)
                        .eventually(gate::exit))
                .replaceWithVoid();
    }

    /**
     * Reads one record of the log.
     *
     * @return the envelope, or empty for an event type this service does not know
     * @throws InvalidEventException when headers or value are not a valid event
     */
    public static Optional<EventEnvelope> read(EventCodec codec, ConsumerRecord<String, byte[]> record) {
        EventMetadata metadata = KafkaHeaders.fromKafka(record.headers());
        Optional<EventEnvelope> envelope = codec.decode(metadata, record.value());
        envelope.ifPresent(e -> {
            if (metadata.subject() != null && !Objects.equals(metadata.subject(), e.key())) {
                throw new InvalidEventException("header 'ce_subject' %s does not match the event's subject %s"
                        .formatted(metadata.subject(), e.key()));
            }
            if (record.key() != null && !Objects.equals(record.key(), e.key())) {
                throw new InvalidEventException("record key %s does not match the event's subject %s"
                        .formatted(record.key(), e.key()));
            }
        });
        return envelope;
    }
}
