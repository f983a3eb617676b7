package io.redress.analytics.query;

import io.redress.core.sql.Sql;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The complaints a question is about and the moment it is asked at, parsed and checked once: those received in
 * {@code [from, to)} (their {@code receivedAt}) as the log stood at {@code asOf} (only events with a time at or before
 * it count).
 *
 * @param from complaints received at or after it; null: since the beginning
 * @param to   complaints received before it; null: with no end
 */
public record Window(Instant from, Instant to, Instant asOf) {

    /** The OpenAPI descriptions of the three parameters, one wording for every analytics question. */
    public static final String FROM = "ISO-8601 instant; complaints received at or after it (default: all)";
    public static final String TO = "ISO-8601 instant; complaints received before it (default: all)";
    public static final String AS_OF = "ISO-8601 instant; as the log stood then (default: now)";

    /** Where an unbounded window starts and ends. */
    public static final Instant BEGINNING = Instant.EPOCH;
    public static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

    public Window {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
    }

    /** The window from request parameters, or a 400 naming every bad one. */
    public static Window parse(String from, String to, String asOf, Instant now) {
        QueryParameters parameters = new QueryParameters();
        Window window = parse(parameters, from, to, asOf, now);
        parameters.check();
        return window;
    }

    /**
     * The window from request parameters (ISO-8601 instants, blank meaning the default), the bad ones recorded in
     * {@code parameters}. A bound left out is answered as null, a blank one as the default instant.
     */
    public static Window parse(QueryParameters parameters, String from, String to, String asOf, Instant now) {
        Instant start = parameters.instant("from", from, from == null ? null : BEGINNING);
        Instant end = parameters.instant("to", to, to == null ? null : END);
        Instant at = parameters.instant("asOf", asOf, now);
        if (parameters.ok() && !start(start).isBefore(end(end))) {
            parameters.refuse("to", "must be after 'from'", null);
        }
        return new Window(start, end, at == null ? now : at);
    }

    /**
     * The window as query parameters for a next link, ending in '&': the bounds as parsed (instants need no escaping)
     * and asOf as answered, so that every page is of one moment.
     */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (from != null) {
            query.append("from=").append(from).append('&');
        }
        if (to != null) {
            query.append("to=").append(to).append('&');
        }
        return query.append("asOf=").append(asOf).append('&').toString();
    }

    /** The SQL parameters $1, $2, $3: the first receipt time, the end of the window, asOf. */
    public Object[] parameters() {
        return new OffsetDateTime[] {Sql.time(start(from)), Sql.time(end(to)), Sql.time(asOf)};
    }

    private static Instant start(Instant from) {
        return from == null ? BEGINNING : from;
    }

    private static Instant end(Instant to) {
        return to == null ? END : to;
    }
}
