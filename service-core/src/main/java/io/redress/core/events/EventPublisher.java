package io.redress.core.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.Channels;
import io.redress.core.VertxContexts;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.EventType;
import io.redress.events.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Appends events to {@code complaint-events}: key = subject, CloudEvents binary-mode headers, JSON value. The
 * returned Uni completes, on the caller's Vert.x context, once the broker acknowledged every write.
 *
 * <p>The records go to the producer of the {@code complaint-events-out} channel (configured like any SmallRye
 * channel), all of one call in a single task on its sending thread: a batch's hundreds of reactions cost one hand-off
 * and one return to the caller's context, not one message, acknowledgement and context switch each (with the log
 * written straight to, the sending threads' share of resolution's samples went from 22% to 16%; see the README's
 * Performance section).
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final KafkaClientService clients;
    private final EventCodec codec;
    private final MeterRegistry registry;
    private volatile KafkaProducer<String, byte[]> producer;

    /** @param channel never sent to: it declares the channel, so that SmallRye creates its producer */
    public EventPublisher(@Channel(Channels.COMPLAINT_EVENTS_OUT) MutinyEmitter<byte[]> channel,
            KafkaClientService clients, EventCodec codec, MeterRegistry registry) {
        this.clients = clients;
        this.codec = codec;
        this.registry = registry;
    }

    public Uni<Void> append(EventEnvelope envelope) {
        return appendAll(List.of(envelope));
    }

    /**
     * Sends all events at once (the producer batches them and keeps their order per partition) and completes when
     * the broker acknowledged every one; fails with the first error otherwise.
     */
    public Uni<Void> appendAll(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return send(envelopes.stream().map(this::record).toList()).invoke(() -> published(envelopes));
    }

    /**
     * Sends records to another topic (followup's notifications) on the same producer, idempotent as the events are,
     * in one hand-off; completes once the broker acknowledged every one, on the caller's Vert.x context.
     */
    public Uni<Void> send(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Context caller = Vertx.currentContext();
        Function<Producer<String, byte[]>, CompletableFuture<Void>> send = kafka -> sendAll(kafka, records);
        Uni<Void> acknowledged = producer().runOnSendingThread(send)
                .chain(sent -> Uni.createFrom().completionStage(sent));
        // The broker's acknowledgements arrive on a Kafka thread.
        return VertxContexts.backOn(caller, acknowledged);
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope envelope) {
        return new ProducerRecord<>(Topics.COMPLAINT_EVENTS, null, envelope.key(), codec.encode(envelope.event()),
                KafkaHeaders.toKafka(envelope.metadata()));
    }

    private static CompletableFuture<Void> sendAll(Producer<String, byte[]> kafka,
            List<ProducerRecord<String, byte[]>> records) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(records.size());
        Callback acknowledged = (metadata, error) -> {
            if (error != null) {
                all.completeExceptionally(error);
            } else if (pending.decrementAndGet() == 0) {
                all.complete(null);
            }
        };
        records.forEach(record -> kafka.send(record, acknowledged));
        return all;
    }

    /** Counts the events per type (the registry is asked once per type, not once per event) and logs each. */
    private void published(List<EventEnvelope> envelopes) {
        Map<String, Integer> byType = new HashMap<>();
        for (EventEnvelope envelope : envelopes) {
            byType.merge(envelope.metadata().type(), 1, Integer::sum);
            if (LOG.isDebugEnabled()) {
                LOG.debugf("Appended %s %s for %s (caused by %s)", EventType.of(envelope.event()).name(),
                        envelope.metadata().id(), envelope.key(), envelope.metadata().causationId());
            }
        }
        byType.forEach((type, count) -> registry.counter("redress.events.published", "type", type).increment(count));
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> current = producer;
        if (current == null) {
            current = clients.getProducer(Channels.COMPLAINT_EVENTS_OUT);
            if (current == null) {
                throw new IllegalStateException("no Kafka producer for channel " + Channels.COMPLAINT_EVENTS_OUT);
            }
            producer = current;
        }
        return current;
    }
}
