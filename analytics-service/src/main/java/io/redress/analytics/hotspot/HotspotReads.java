package io.redress.analytics.hotspot;

import io.redress.analytics.hotspot.Significance.Count;
import io.redress.analytics.query.Window;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the complaints of a window per cell: for a component (with or without its versions), a channel, a
 * category or an employee from their month and day sums ({@link HotspotDays}) and the window's edges; for hours and
 * weekdays, alone, crossed or with the employee, from the hour sums ({@link HotspotHours}) in a zone whole hours from
 * UTC; for any other dimension from {@code analytics_complaint} and, for the owner as of asOf (the latest {@code
 * ComplaintAssigned} by then) of a complaint assigned more than once, {@code analytics_occurrence}.
 * Complaints without a value for a dimension (no employee, no owner yet) are counted apart, as excluded.
 */
public final class HotspotReads {

    private static final String COUNTS = """
            with c as (select c.* from analytics_complaint c
                       where c.received_at >= $1 and c.received_at < $2 and c.filed_at <= $3)
            select %s as first, %s as second, count(*) as complaints,
                   min(c.received_at) as first_received, max(c.received_at) as last_received from c %s
            group by 1, 2""";

    /** The owner as of asOf by its definition: the latest assignment by then, of equal times the higher event id. */
    private static final String LATEST_ASSIGNMENT = """
            select o.actor from analytics_occurrence o
            where o.complaint_id = c.complaint_id and o.kind = 'ASSIGNED' and o.at <= $3
            order by o.at desc, o.event_id desc limit 1""";

    /**
     * The same owner, looked up only for a complaint assigned more than once by now: none before its first
     * assignment, its only owner from then on.
     */
    private static final String OWNER = """
            left join lateral (select case when c.assigned_at is null or c.assigned_at > $3 then null
                                           when c.assignments = 1 then c.owner_id
                                           else (%s) end as actor) own on true""".formatted(LATEST_ASSIGNMENT);

    private static final String OWNER_BY_DEFINITION = """
            left join lateral (%s) own on true""".formatted(LATEST_ASSIGNMENT);

    /**
     * The cells with a value in every dimension, how many complaints lacked one, and the first and last receipt
     * times counted (null without complaints).
     */
    public record Counted(List<Count> cells, long excluded, Instant firstReceived, Instant lastReceived) {
    }

    private HotspotReads() {
    }

    /** The view's tables {@link #count} reads. */
    public static final String TABLES = "analytics_complaint, analytics_occurrence, " + HotspotDays.TABLE + ", "
            + HotspotDays.MONTH_TABLE + ", " + HotspotHours.TABLE;

    /**
     * The counts: of a dimension {@link HotspotDays} keeps from its sums and the window's edges, of hours and weekdays
     * from {@link HotspotHours} where the zone allows, of any other from the window's facts.
     */
    public static Uni<Counted> count(SqlClient client, Window window, Grouping grouping, ZoneId zone) {
        HotspotDays.Kept kept = HotspotDays.Kept.answering(grouping);
        if (kept != null) {
            return read(client, HotspotDays.counts(grouping), grouping.dimensions(),
                    HotspotDays.parameters(window, kept));
        }
        if (HotspotHours.answers(grouping)) {
            return HotspotHours.count(client, window, grouping, zone).onItem().ifNull()
                    .switchTo(() -> count(client, window, grouping, zone, OWNER));
        }
        return count(client, window, grouping, zone, OWNER);
    }

    /**
     * The same counts from the facts alone, every owner looked up by its definition: what {@link #count} is tested
     * against.
     */
    public static Uni<Counted> countByDefinition(SqlClient client, Window window, Grouping grouping, ZoneId zone) {
        return count(client, window, grouping, zone, OWNER_BY_DEFINITION);
    }

    private static Uni<Counted> count(SqlClient client, Window window, Grouping grouping, ZoneId zone,
            String ownerJoin) {
        List<Dimension> dimensions = grouping.dimensions();
        String second = dimensions.size() == 2 ? dimensions.get(1).sql() : "null::text";
        String owner = dimensions.contains(Dimension.OWNER) ? ownerJoin : "";
        String sql = COUNTS.formatted(dimensions.getFirst().sql(), second, owner);
        List<Object> parameters = new ArrayList<>(List.of(window.parameters()));
        if (dimensions.stream().anyMatch(Dimension::usesZone)) {
            parameters.add(zone.getId());
        }
        return read(client, sql, dimensions, parameters.toArray());
    }

    /** Whether a complaint with these values lacks one of the asked dimensions (counted as excluded). */
    static boolean lacksValue(String first, String second, int dimensions) {
        return first == null || (dimensions == 2 && second == null);
    }

    static Uni<Counted> read(SqlClient client, String sql, List<Dimension> dimensions, Object... parameters) {
        return Sql.query(client, sql, parameters).map(rows -> {
            List<Count> cells = new ArrayList<>();
            long excluded = 0;
            Instant first = null;
            Instant last = null;
            for (var row : rows) {
                Instant a0 = Sql.instant(row, "first_received");
                Instant a1 = Sql.instant(row, "last_received");
                first = a0 != null && (first == null || a0.isBefore(first)) ? a0 : first;
                last = a1 != null && (last == null || a1.isAfter(last)) ? a1 : last;
                String a = row.getString("first");
                String b = row.getString("second");
                long n = row.getLong("complaints");
                if (lacksValue(a, b, dimensions.size())) {
                    excluded += n;
                } else {
                    cells.add(new Count(a, b, n));
                }
            }
            return new Counted(cells, excluded, first, last);
        });
    }
}
