package io.redress.core.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.Channels;
import io.redress.core.VertxContexts;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.EventType;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Appends events to {@code complaint-events}: key = subject, CloudEvents binary-mode headers, JSON value.
 * The returned Uni completes once the broker acknowledged the write.
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final MutinyEmitter<byte[]> emitter;
    private final EventCodec codec;
    private final MeterRegistry registry;

    public EventPublisher(@Channel(Channels.COMPLAINT_EVENTS_OUT)
            @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<byte[]> emitter, EventCodec codec,
            MeterRegistry registry) {
        this.emitter = emitter;
        this.codec = codec;
        this.registry = registry;
    }

    public Uni<Void> append(EventEnvelope envelope) {
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(envelope.key())
                .withHeaders(KafkaHeaders.toKafka(envelope.metadata()))
                .build();
        Message<byte[]> message = Message.of(codec.encode(envelope.event())).addMetadata(kafka);
        Context caller = Vertx.currentContext();
        Uni<Void> sent = emitter.sendMessage(message)
                .invoke(() -> {
                    registry.counter("redress.events.published", "type", envelope.metadata().type()).increment();
                    LOG.debugf("Appended %s %s for %s (caused by %s)", EventType.of(envelope.event()).name(),
                            envelope.metadata().id(), envelope.key(), envelope.metadata().causationId());
                });
        // The broker's acknowledgement arrives on a Kafka thread.
        return VertxContexts.backOn(caller, sent);
    }

    /**
     * Sends all events at once (the producer batches them and keeps their order per partition) and completes when
     * the broker acknowledged every one.
     */
    public Uni<Void> appendAll(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(envelopes.stream().map(this::append).toList()).andFailFast().replaceWithVoid();
    }
}
