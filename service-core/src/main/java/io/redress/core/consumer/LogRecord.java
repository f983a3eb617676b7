package io.redress.core.consumer;

import io.redress.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One decoded record of {@code complaint-events}, where it sits in the log, and whether its reactions are to be
 * sent ({@link Mode#LIVE}) or are already in the log ({@link Mode#REPLAY}).
 *
 * @param raw the record as read, kept to dead-letter it unchanged (none in a rebuild, which dead-letters nothing)
 */
public record LogRecord(EventEnvelope envelope, LogPosition position, Mode mode, ConsumerRecord<String, byte[]> raw) {

    public String describe() {
        return "%s %s for %s at %d@%d".formatted(envelope.metadata().type(), envelope.metadata().id(),
                envelope.key(), position.partition(), position.offset());
    }
}
