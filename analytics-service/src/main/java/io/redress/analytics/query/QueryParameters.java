package io.redress.analytics.query;

import io.redress.core.problem.Problem;
import io.redress.core.problem.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an analytics request's query parameters, collecting every bad one: {@link #check} then refuses the request
 * with one 400 naming each of them.
 */
public final class QueryParameters {

    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** An ISO-8601 instant; blank: the fallback. */
    public Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return refuse(name, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z", null);
        }
    }

    /** One of an enum's constants, written in lower case; blank: the fallback. */
    public <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return refuse(name, "must be one of " + allowed, null);
    }

    /** An IANA time-zone name such as Europe/Berlin, or UTC; blank: the fallback. */
    public ZoneId zone(String name, String value, ZoneId fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if ("UTC".equals(value) || ZONES.contains(value)) {
            return ZoneId.of(value);
        }
        return refuse(name, "must be an IANA time-zone name such as Europe/Berlin, or UTC", null);
    }

    /** A whole number in [min, max]; blank: the fallback. */
    public int integer(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        return refuse(name, "must be a whole number from " + min + " to " + max, fallback);
    }

    /** Records a bad parameter; answers {@code placeholder} so that reading can go on. */
    public <T> T refuse(String name, String reason, T placeholder) {
        errors.add(new Problem.FieldError(name, reason));
        return placeholder;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws one 400 naming every bad parameter, if there is any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid query parameters", errors.size()
                    + " query parameter(s) are not valid; each is named in errors").withErrors(errors));
        }
    }
}
