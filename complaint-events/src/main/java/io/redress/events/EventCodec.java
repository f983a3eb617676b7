package io.redress.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns events into the JSON values of {@code complaint-events} and back: camelCase fields, ISO-8601 instants,
 * upper-case enums, absent optional fields left out; unknown fields are ignored (tolerant reader).
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 4.7 must not silently become 4
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS) // nor "4" a number, nor 1 a boolean
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** The mapper events are written with; callers must not reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] encode(ComplaintEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads the JSON value of an event of type {@code ceType}.
     *
     * @return the event, or empty when this build does not know the type (it is skipped, not refused)
     * @throws InvalidEventException when the type is known but the value is not a valid event of that type
     */
    public Optional<ComplaintEvent> decode(String ceType, byte[] json) {
        Optional<EventType> type = EventType.fromWireName(ceType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (json == null || json.length == 0) {
            throw new InvalidEventException(ceType + ": empty value");
        }
        ComplaintEvent event;
        try {
            event = mapper.readValue(json, type.get().javaType());
        } catch (IOException e) {
            throw new InvalidEventException(ceType + ": " + describe(e), e);
        }
        if (event == null) {
            throw new InvalidEventException(ceType + ": value is JSON null");
        }
        return Optional.of(event);
    }

    /** The decoded event with its metadata, empty for an unknown type. */
    public Optional<EventEnvelope> decode(EventMetadata metadata, byte[] json) {
        return decode(metadata.type(), json).map(event -> new EventEnvelope(metadata, event));
    }

    private static String describe(IOException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof IllegalArgumentException iae) {
            return iae.getMessage();
        }
        if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            String allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "field '%s' has value '%s', expected one of %s".formatted(path(ife), ife.getValue(), allowed);
        }
        if (e instanceof MismatchedInputException mie && mie.getOriginalMessage().startsWith("Missing required")) {
            return "missing required field '" + path(mie) + "'";
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return "field '%s': %s".formatted(path(jme), jme.getOriginalMessage());
        }
        return e instanceof JsonProcessingException jpe ? "malformed JSON: " + jpe.getOriginalMessage() : e.getMessage();
    }

    private static String path(JsonMappingException e) {
        if (e instanceof MismatchedInputException mie && mie.getPath().isEmpty()) {
            return "?";
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
