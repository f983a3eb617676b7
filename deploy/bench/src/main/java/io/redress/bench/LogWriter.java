package io.redress.bench;

import io.redress.events.CloudEventHeaders;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka producer writing events as the services write them (key = subject, CloudEvents headers, JSON value):
 * {@code acks=all}, idempotent, batching as a tuned producer would. Used for the raw baseline and to load the log.
 */
final class LogWriter implements AutoCloseable {

    static final Map<String, Object> SETTINGS = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.LINGER_MS_CONFIG, 5,
            ProducerConfig.BATCH_SIZE_CONFIG, 131_072,
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");

    private final KafkaProducer<String, byte[]> producer;
    private final EventCodec codec = new EventCodec();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    LogWriter(String bootstrapServers) {
        Map<String, Object> config = new java.util.HashMap<>(SETTINGS);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "redress-bench");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** The record an event becomes on the log; its value and headers are what a service would write. */
    ProducerRecord<String, byte[]> record(String topic, EventEnvelope envelope) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.toHeaders(envelope.metadata())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, envelope.key(), codec.encode(envelope.event()), headers);
    }

    void send(ProducerRecord<String, byte[]> record) {
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
        });
    }

    /** Waits until every record sent so far is acknowledged; fails if any was refused. */
    void flush() {
        producer.flush();
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("the broker refused a record: " + error.getMessage(), error);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
