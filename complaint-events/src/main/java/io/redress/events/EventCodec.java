package io.redress.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns events into the JSON values of {@code complaint-events} and back: camelCase fields, ISO-8601 instants,
 * upper-case enums, absent optional fields left out; unknown fields are ignored (tolerant reader), and values of
 * retired wire types are upcast to the current ones.
 */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final Upcasters upcasters;

    /** A codec that reads retired wire types through this build's {@link Upcasters#production() upcasters}. */
    public EventCodec() {
        this(Upcasters.production());
    }

    /**
     * A codec that reads retired wire types through {@code upcasters} instead.
     *
     * @throws IllegalArgumentException when the upcasters do not lead each retired type to one current type
     */
    public EventCodec(List<Upcaster> upcasters) {
        this.upcasters = new Upcasters(upcasters);
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
     * Reads the JSON value of an event of type {@code ceType}; the value of a retired type is upcast first, so the
     * result is always an event of a current type.
     *
     * @return the event, or empty when this build does not know the type (it is skipped, not refused)
     * @throws InvalidEventException when the type is known but the value is not a valid event of that type
     */
    public Optional<ComplaintEvent> decode(String ceType, byte[] json) {
        Optional<EventType> type = EventType.fromWireName(upcasters.currentType(ceType));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String label = upcasters.upcasts(ceType) ? ceType + " (read as " + type.get().wireName() + ")" : ceType;
        if (json == null || json.length == 0) {
            throw new InvalidEventException(label + ": empty value");
        }
        ComplaintEvent event;
        try {
            event = upcasters.upcasts(ceType)
                    ? mapper.treeToValue(upcast(ceType, label, json), type.get().javaType())
                    : mapper.readValue(json, type.get().javaType());
        } catch (IOException e) {
            throw new InvalidEventException(label + ": " + describe(e), e);
        }
        if (event == null) {
            throw new InvalidEventException(label + ": value is JSON null");
        }
        return Optional.of(event);
    }

    /**
     * The decoded event with its metadata, empty for an unknown type. The metadata carries the current type of the
     * event, so consumers never see a retired one.
     */
    public Optional<EventEnvelope> decode(EventMetadata metadata, byte[] json) {
        return decode(metadata.type(), json)
                .map(event -> new EventEnvelope(metadata.withType(EventType.of(event).wireName()), event));
    }

    private ObjectNode upcast(String ceType, String label, byte[] json) throws IOException {
        // Decimals as written: a double would turn an amount of 65.00 into 65.0 on its way through the tree.
        JsonNode tree = mapper.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .readTree(json);
        if (tree instanceof ObjectNode object) {
            return upcasters.upcast(ceType, object);
        }
        throw new InvalidEventException(label + ": value is not a JSON object but " + tree.getNodeType());
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
