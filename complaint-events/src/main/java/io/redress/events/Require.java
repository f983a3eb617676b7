package io.redress.events;

import java.util.List;

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

    static <T> List<T> listOrEmpty(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
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
