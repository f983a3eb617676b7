package io.redress.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The upcasters a codec applies while decoding, keyed by the wire type they read and checked once, when the codec is
 * built, to lead every retired type to exactly one current {@link EventType}.
 */
public final class Upcasters {

    private final Map<String, Upcaster> bySource = new HashMap<>();
    private final Map<String, String> currentTypes = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two upcasters read the same type, the upcasters form a cycle, one reads a
     *                                  current type or a chain does not end at a current type
     */
    Upcasters(List<Upcaster> upcasters) {
        for (Upcaster upcaster : upcasters) {
            Objects.requireNonNull(upcaster, "upcaster");
            String from = Objects.requireNonNull(upcaster.fromType(), "fromType of " + upcaster);
            Objects.requireNonNull(upcaster.toType(), "toType of " + upcaster);
            Upcaster other = bySource.putIfAbsent(from, upcaster);
            if (other != null) {
                throw new IllegalArgumentException("two upcasters read %s: %s and %s"
                        .formatted(from, describe(other), describe(upcaster)));
            }
            if (EventType.fromWireName(from).isPresent()) {
                // Records of a current type must reach consumers as written, or the golden samples would lie.
                throw new IllegalArgumentException(
                        "upcaster %s reads %s, a current event type; only retired types may be upcast"
                                .formatted(describe(upcaster), from));
            }
        }
        bySource.keySet().forEach(from -> currentTypes.put(from, followChain(from)));
    }

    /**
     * The upcasters of this build's contract, from each retired wire type to its successor; empty while every event
     * type is still at {@code .v1}.
     */
    public static List<Upcaster> production() {
        return List.of();
    }

    /** Whether records of {@code ceType} are upcast before they are read. */
    boolean upcasts(String ceType) {
        return ceType != null && currentTypes.containsKey(ceType);
    }

    /** The current type records of {@code ceType} are read as: the end of its chain, or {@code ceType} itself. */
    String currentType(String ceType) {
        return ceType == null ? null : currentTypes.getOrDefault(ceType, ceType);
    }

    /**
     * Applies every step from {@code ceType} on to its current type.
     *
     * @throws InvalidEventException when a step fails on this payload
     */
    ObjectNode upcast(String ceType, ObjectNode payload) {
        ObjectNode json = payload;
        for (Upcaster step = bySource.get(ceType); step != null; step = bySource.get(step.toType())) {
            try {
                json = step.upcast(json);
            } catch (RuntimeException e) {
                // A malformed old record must be dead-lettered like any invalid one, not stop the consumer.
                throw new InvalidEventException("%s: upcaster %s failed: %s"
                        .formatted(ceType, describe(step), e.getMessage()), e);
            }
            if (json == null) {
                throw new IllegalStateException("upcaster " + describe(step) + " returned null");
            }
        }
        return json;
    }

    private String followChain(String from) {
        Set<String> seen = new LinkedHashSet<>();
        String type = from;
        while (bySource.containsKey(type)) {
            if (!seen.add(type)) {
                List<String> path = new ArrayList<>(seen);
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(type), path.size()));
                cycle.add(type);
                throw new IllegalArgumentException("upcasters form a cycle: " + String.join(" -> ", cycle));
            }
            type = bySource.get(type).toType();
        }
        if (EventType.fromWireName(type).isEmpty()) {
            throw new IllegalArgumentException("the upcasters from %s end at %s, which is not a current event type"
                    .formatted(from, type));
        }
        return type;
    }

    private static String describe(Upcaster upcaster) {
        return upcaster.fromType() + " -> " + upcaster.toType();
    }
}
