package io.redress.events;

import java.util.List;
import java.util.Objects;

/** Checks record components as events are built, so a malformed event never exists in memory. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    static <T> List<T> listOrEmpty(List<T> value, String field) {
        return value == null ? List.of() : list(value, field);
    }

    /** An immutable copy of a required list, refusing null items with the field's name. */
    static <T> List<T> list(List<T> value, String field) {
        if (present(value, field).stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("field '" + field + "' must not contain null items");
        }
        return List.copyOf(value);
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "field '%s' must be between %d and %d, was %d".formatted(field, min, max, value));
        }
        return value;
    }

    /** Thrown when a required field is absent, naming the field for the error report. */
    static final class MissingFieldException extends IllegalArgumentException {
        private final String field;

        MissingFieldException(String field) {
            super("missing required field '" + field + "'");
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
