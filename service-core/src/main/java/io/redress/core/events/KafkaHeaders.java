package io.redress.core.events;

import io.redress.events.CloudEventHeaders;
import io.redress.events.EventMetadata;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Moves CloudEvents metadata between {@link EventMetadata} and Kafka record headers (binary mode). */
public final class KafkaHeaders {

    private KafkaHeaders() {
    }

    public static Headers toKafka(EventMetadata metadata) {
        RecordHeaders headers = new RecordHeaders();
        for (Map.Entry<String, String> header : CloudEventHeaders.toHeaders(metadata).entrySet()) {
            headers.add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** @throws io.redress.events.InvalidEventException naming the missing or malformed header */
    public static EventMetadata fromKafka(Headers headers) {
        return CloudEventHeaders.fromHeaders(name -> text(headers, name));
    }

    /** The last value of a header as UTF-8 text, or null when absent. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
