package io.redress.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fields of a JSON Schema of an event by dotted path ({@code remedy.type}), nested objects included. */
final class SchemaFields {

    private SchemaFields() {
    }

    /** Every property a schema declares, nested objects included, by dotted path, in declaration order. */
    static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(property -> {
            properties.put(property.getKey(), property.getValue());
            properties(property.getValue())
                    .forEach((path, node) -> properties.put(property.getKey() + "." + path, node));
        });
        return properties;
    }

    /**
     * The dotted paths of the fields a schema requires: those in {@code required}, and those in
     * {@code dependentRequired} (required together with another field; the golden samples have every field).
     */
    static List<String> requiredPaths(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("dependentRequired").forEach(names -> names.forEach(name -> required.add(name.asText())));
        schema.path("properties").properties().forEach(property -> requiredPaths(property.getValue())
                .forEach(path -> required.add(property.getKey() + "." + path)));
        return required;
    }
}
