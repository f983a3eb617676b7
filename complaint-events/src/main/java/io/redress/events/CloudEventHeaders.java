package io.redress.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Maps {@link EventMetadata} to and from CloudEvents 1.0 Kafka binary-mode headers ({@code ce_*}). */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers to put on a Kafka record, in a stable order. */
    public static Map<String, String> toHeaders(EventMetadata metadata) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, "1.0");
        headers.put(ID, metadata.id().toString());
        headers.put(SOURCE, metadata.source());
        headers.put(TYPE, metadata.type());
        if (metadata.subject() != null) {
            headers.put(SUBJECT, metadata.subject());
        }
        headers.put(TIME, metadata.time().toString());
        headers.put(CONTENT_TYPE, JSON);
        headers.put(CORRELATION_ID, metadata.correlationId().toString());
        headers.put(CAUSATION_ID, metadata.causationId().toString());
        return headers;
    }

    /**
     * Reads the metadata from a record's headers ({@code header} returns null for an absent one).
     *
     * @throws InvalidEventException naming the header that is missing or malformed
     */
    public static EventMetadata fromHeaders(Function<String, String> header) {
        String specVersion = header.apply(SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new InvalidEventException("header '%s' must be 1.0, was %s".formatted(SPEC_VERSION, specVersion));
        }
        return new EventMetadata(
                uuid(header, ID, true),
                required(header, TYPE),
                required(header, SOURCE),
                header.apply(SUBJECT),
                time(required(header, TIME)),
                uuid(header, CORRELATION_ID, false),
                uuid(header, CAUSATION_ID, false));
    }

    private static String required(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing required header '" + name + "'");
        }
        return value;
    }

    private static UUID uuid(Function<String, String> header, String name, boolean required) {
        String value = required ? required(header, name) : header.apply(name);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("header '%s' is not a UUID: %s".formatted(name, value));
        }
    }

    private static Instant time(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("header '%s' is not an ISO-8601 instant: %s".formatted(TIME, value));
        }
    }
}
