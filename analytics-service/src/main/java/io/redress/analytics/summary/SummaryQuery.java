package io.redress.analytics.summary;

import io.redress.core.problem.ProblemException;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One question for {@code GET /analytics/summary}, parsed and checked once: the complaints received in
 * {@code [from, to)} as {@code analytics_complaint} and {@code analytics_root_cause_complaint} stood at {@code asOf}.
 *
 * @param from complaints received at or after it; null: since the beginning
 * @param to   complaints received before it; null: with no end
 */
public record SummaryQuery(Instant from, Instant to, Instant asOf) {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * One statement, so that the three counts come from one snapshot, even while a rebuild swaps the tables. The
     * root causes are counted from their links, which are few next to the complaints: that cost follows the root
     * causes, not the window.
     */
    private static final String COUNTS = """
            select count(*) as filed,
                   count(*) filter (where c.assigned_at <= $3) as assigned,
                   (select count(distinct l.complaint_id) from analytics_root_cause_complaint l
                    join analytics_complaint t on t.complaint_id = l.complaint_id
                    where l.identified_at <= $3
                      and t.received_at >= $1 and t.received_at < $2 and t.filed_at <= $3) as with_root_cause
            from analytics_complaint c
            where c.received_at >= $1 and c.received_at < $2 and c.filed_at <= $3""";

    public SummaryQuery {
        if (asOf == null) {
            throw new IllegalArgumentException("asOf is required");
        }
        if (!start(from).isBefore(end(to))) {
            throw ProblemException.badField("to", "must be after 'from'");
        }
    }

    /**
     * The query from request parameters (ISO-8601 instants, blank meaning the default), or a 400 naming one. A bound
     * left out is answered as null, a blank one as the default instant, as the summary always has.
     */
    public static SummaryQuery parse(String from, String to, String asOf, Instant now) {
        return new SummaryQuery(instant("from", from, from == null ? null : BEGINNING),
                instant("to", to, to == null ? null : END), instant("asOf", asOf, now));
    }

    /** The counts, read from the view with {@code client}. */
    public Uni<Summary> handle(SqlClient client) {
        return Sql.query(client, COUNTS, Sql.time(start(from)), Sql.time(end(to)), Sql.time(asOf))
                .map(rows -> answer(rows.iterator().next()));
    }

    private Summary answer(Row counts) {
        long filed = counts.getLong("filed");
        long assigned = counts.getLong("assigned");
        return new Summary(from, to, asOf, filed, assigned, filed - assigned, counts.getLong("with_root_cause"));
    }

    private static Instant start(Instant from) {
        return from == null ? BEGINNING : from;
    }

    private static Instant end(Instant to) {
        return to == null ? END : to;
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}
