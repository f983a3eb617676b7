package io.redress.core.consumer;

import io.redress.core.Channels;
import io.redress.core.consumer.BatchProcessor.Scope;
import io.redress.core.consumer.DeadLetters.DeadLetter;
import io.redress.core.events.KafkaHeaders;
import io.redress.core.gate.ProcessingGate;
import io.redress.core.gate.ViewLock;
import io.redress.events.EventCodec;
import io.redress.events.EventEnvelope;
import io.redress.events.EventMetadata;
import io.redress.events.InvalidEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live consumer of {@code complaint-events}: one transaction per poll batch. Records that cannot be read go to
 * {@code complaint-events-dlq} with the reason, unknown event types are skipped (tolerant reader), and the rest are
 * applied through the {@link BatchRunner}, which dead-letters only a record that fails on its own. Each batch holds the
 * {@link ViewLock} shared, so it waits while another instance rebuilds the view.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    private final EventCodec codec;
    private final BatchRunner runner;
    private final ProcessingGate gate;
    private final DeadLetters deadLetters;
    private final ConsumptionReport report;
    private final RecentIds memory = new RecentIds();

    public ComplaintEventsConsumer(EventCodec codec, BatchRunner runner, ProcessingGate gate, DeadLetters deadLetters,
            ConsumptionReport report) {
        this.codec = codec;
        this.runner = runner;
        this.gate = gate;
        this.deadLetters = deadLetters;
        this.report = report;
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    public Uni<Void> consume(ConsumerRecords<String, byte[]> polled) {
        List<LogRecord> readable = new ArrayList<>();
        List<DeadLetter> unreadable = new ArrayList<>();
        int unknown = 0;
        for (ConsumerRecord<String, byte[]> record : polled) {
            try {
                Optional<EventEnvelope> envelope = read(codec, record);
                if (envelope.isPresent()) {
                    readable.add(new LogRecord(envelope.get(), new LogPosition(record.partition(), record.offset()),
                            Mode.LIVE, record));
                } else {
                    unknown++;
                }
            } catch (InvalidEventException e) {
                unreadable.add(new DeadLetter(record, e.getMessage(), "invalid"));
            }
        }
        report.skipped(unknown);
        return deadLetters.sendAll(unreadable)
                .chain(gate::enter)
                .chain(() -> runner.run(readable, Scope.ALL, memory, this::deadLetter, ViewLock::shared).eventually(gate::exit))
                .invoke(report::live)
                .replaceWithVoid();
    }

    private Uni<Void> deadLetter(LogRecord record, String reason) {
        return deadLetters.sendAll(List.of(new DeadLetter(record.raw(), "cannot be applied: " + reason,
                record.envelope().metadata().type())));
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
