package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas shipped in the jar ({@code schemas/<EventName>.v1.schema.json}) describe the records exactly,
 * checked against the records and the decoder without a schema validator.
 */
class JsonSchemasTest {

    /** JSON Schema {@code type} and {@code format} of each Java type a record component may have. */
    private static final Map<Class<?>, List<String>> SCALARS = Map.of(
            String.class, List.of("string", ""), UUID.class, List.of("string", "uuid"),
            Instant.class, List.of("string", "date-time"), BigDecimal.class, List.of("number", ""),
            int.class, List.of("integer", ""), boolean.class, List.of("boolean", ""),
            Boolean.class, List.of("boolean", ""));

    @Test
    void schemas_existForExactlyTheEventTypes() {
        List<String> expected = Arrays.stream(EventType.values())
                .map(type -> Contract.stem(type) + ".schema.json").toList();

        assertThat(Contract.filesIn(Contract.SCHEMAS)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schema_shipsInTheJar_underSchemas(EventType type) {
        assertThat(JsonSchemasTest.class.getResource("/schemas/" + Contract.stem(type) + ".schema.json")).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schema_isADraft2020_12ObjectSchema_thatToleratesUnknownFields(EventType type) {
        JsonNode schema = Contract.schema(type);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo(Contract.stem(type));
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").isBoolean() && schema.path("additionalProperties").asBoolean())
                .as("additionalProperties: true").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schemaProperties_areTheRecordComponents(EventType type) {
        List<String> properties = new ArrayList<>();
        Contract.schema(type).path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(type.javaType().getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** Types, formats and enum lists, down into nested records and list items. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schema_describesEachComponent_withItsJsonTypeFormatAndEnumConstants(EventType type) {
        assertDescribes(type.name(), Contract.schema(type), type.javaType());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schemaRequired_listsExactlyTheFieldsWhoseRemovalTheDecoderRefuses(EventType type) {
        JsonNode schema = Contract.schema(type);
        ObjectNode golden = Contract.golden(type);
        List<String> properties = List.copyOf(SchemaFields.properties(schema).keySet());
        assertThat(properties).as("every property is in the golden sample")
                .allMatch(path -> Contract.has(golden, path));

        List<String> refusedWhenRemoved = properties.stream()
                .filter(path -> refuses(type, Contract.without(golden, path))).toList();

        assertThat(SchemaFields.requiredPaths(schema)).containsExactlyInAnyOrderElementsOf(refusedWhenRemoved);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schemaBounds_ofIntegers_areTheBoundsTheDecoderEnforces(EventType type) {
        ObjectNode golden = Contract.golden(type);
        SchemaFields.properties(Contract.schema(type)).forEach((path, property) -> {
            if (property.has("minimum")) {
                int minimum = property.get("minimum").asInt();
                assertThat(refuses(type, Contract.with(golden, path, IntNode.valueOf(minimum)))).as(path).isFalse();
                assertThat(refuses(type, Contract.with(golden, path, IntNode.valueOf(minimum - 1)))).as(path).isTrue();
            }
            if (property.has("maximum")) {
                int maximum = property.get("maximum").asInt();
                assertThat(refuses(type, Contract.with(golden, path, IntNode.valueOf(maximum)))).as(path).isFalse();
                assertThat(refuses(type, Contract.with(golden, path, IntNode.valueOf(maximum + 1)))).as(path).isTrue();
            }
        });
    }

    /** {@code "pattern": "\\S"} (some non-blank character) exactly on the text fields the records refuse blank. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void schemaNonBlankPattern_marksExactlyTheTextFieldsTheDecoderRefusesBlank(EventType type) {
        ObjectNode golden = Contract.golden(type);
        SchemaFields.properties(Contract.schema(type)).forEach((path, property) -> {
            if (property.path("type").asText().equals("string") && !property.has("format") && !property.has("enum")) {
                boolean nonBlank = property.path("pattern").asText().equals("\\S");
                assertThat(refuses(type, Contract.with(golden, path, TextNode.valueOf(" ")))).as(path)
                        .isEqualTo(nonBlank);
                assertThat(property.path("minLength").asInt(0)).as(path + " minLength").isEqualTo(nonBlank ? 1 : 0);
            }
        });
    }

    private static boolean refuses(EventType type, JsonNode json) {
        try {
            Contract.decode(type, json);
            return false;
        } catch (InvalidEventException e) {
            return true;
        }
    }

    private static void assertDescribes(String path, JsonNode schema, Type javaType) {
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw.isRecord()) {
            assertThat(schema.path("type").asText()).as(path).isEqualTo("object");
            assertThat(schema.path("properties").size()).as(path + " properties")
                    .isEqualTo(raw.getRecordComponents().length);
            for (RecordComponent component : raw.getRecordComponents()) {
                assertDescribes(path + "." + component.getName(), schema.path("properties").path(component.getName()),
                        component.getGenericType());
            }
        } else if (raw == List.class) {
            assertThat(schema.path("type").asText()).as(path).isEqualTo("array");
            Type item = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            assertDescribes(path + "[]", schema.path("items"), item);
        } else if (raw.isEnum()) {
            assertThat(schema.path("type").asText()).as(path).isEqualTo("string");
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertThat(values).as(path + " enum").containsExactlyElementsOf(constants);
        } else {
            assertThat(SCALARS).as("JSON type of " + raw).containsKey(raw);
            assertThat(List.of(schema.path("type").asText(), schema.path("format").asText())).as(path + " type, format")
                    .isEqualTo(SCALARS.get(raw));
        }
    }
}
