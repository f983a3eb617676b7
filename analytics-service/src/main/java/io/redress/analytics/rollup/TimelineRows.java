package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.events.Channel;
import io.redress.events.Severity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code analytics_rollup_complaint} table: one {@link Timeline} per complaint, with the first acknowledgement
 * and resolution spelled out (time, seconds since receipt, histogram bucket) so that a percentile can be refined on
 * the rows of one bucket through an index; and what the complaint adds to its customer's risk score
 * ({@link RiskCounts}), which the customers at risk add up.
 */
public final class TimelineRows {

    /** A complaint filed longer than this after its receipt (an import) is marked {@code late_filed}. */
    public static final Duration LATE_FILING = Duration.ofHours(1);

    public static final Table<UUID, Timeline> TABLE = Table.<UUID, Timeline>named("analytics_rollup_complaint",
                    TimelineRows::read)
            .key("complaint_id", Type.UUID, Timeline::complaintId)
            .column("customer_id", Type.TEXT, Timeline::customerId)
            .column("severity", Type.TEXT, Timeline::severity)
            .column("channel", Type.TEXT, Timeline::channel)
            .column("category", Type.TEXT, Timeline::category)
            .column("received_at", Type.TIMESTAMP, Timeline::receivedAt)
            .column("filed_at", Type.TIMESTAMP, Timeline::filedAt)
            .column("repeat", Type.BOOL, Timeline::repeat)
            .column("prev_received_at", Type.TIMESTAMP, Timeline::prevReceivedAt)
            .column("late_filed", Type.BOOL, t -> t.filedAt().isAfter(t.receivedAt().plus(LATE_FILING)))
            .column("steps", Type.TEXT, Timeline::encodedSteps)
            .column("ack_at", Type.TIMESTAMP, t -> at(t, Kind.ACKNOWLEDGED))
            .column("ack_seconds", Type.BIGINT, t -> seconds(t, Kind.ACKNOWLEDGED))
            .column("ack_bucket", Type.INT, t -> bucket(t, Kind.ACKNOWLEDGED))
            .column("res_at", Type.TIMESTAMP, t -> at(t, Kind.RESOLVED))
            .column("res_seconds", Type.BIGINT, t -> seconds(t, Kind.RESOLVED))
            .column("res_bucket", Type.INT, t -> bucket(t, Kind.RESOLVED))
            .column("lifetime_value", Type.NUMERIC, Timeline::lifetimeValue)
            .column("resolutions", Type.INT, t -> RiskCounts.of(t).resolutions())
            .column("reopenings", Type.INT, t -> RiskCounts.of(t).reopenings())
            .column("unhappy", Type.INT, t -> RiskCounts.of(t).unhappy())
            .column("lukewarm", Type.INT, t -> RiskCounts.of(t).lukewarm())
            .column("last_contact_at", Type.TIMESTAMP, t -> RiskCounts.of(t).lastContactAt())
            .column("breached_at", Type.TIMESTAMP, t -> RiskCounts.of(t).breachedAt())
            .column("closed_at", Type.TIMESTAMP, t -> RiskCounts.of(t).closedAt())
            .column("counted_until", Type.TIMESTAMP, t -> RiskCounts.of(t).countedUntil())
            .build();

    /** The columns {@link #read} needs. */
    public static final String COLUMNS = "complaint_id, customer_id, severity, channel, category, received_at, "
            + "filed_at, repeat, lifetime_value, prev_received_at, steps";

    private TimelineRows() {
    }

    /** Every complaint of these customers, per customer: what the paradox and the risk spans are rewritten from. */
    static Uni<Map<String, List<Timeline>>> ofCustomers(SqlClient client, Collection<String> customers) {
        return Sql.query(client, "select " + COLUMNS + " from " + TABLE.name() + " where customer_id = any($1)",
                (Object) customers.toArray(String[]::new)).map(rows -> {
                    Map<String, List<Timeline>> byCustomer = new LinkedHashMap<>();
                    for (Row row : rows) {
                        Timeline t = read(row);
                        byCustomer.computeIfAbsent(t.customerId(), c -> new ArrayList<>()).add(t);
                    }
                    return byCustomer;
                });
    }

    public static Timeline read(Row row) {
        return new Timeline(row.getUUID("complaint_id"), row.getString("customer_id"),
                Severity.valueOf(row.getString("severity")), Channel.valueOf(row.getString("channel")),
                row.getString("category"), Sql.instant(row, "received_at"), Sql.instant(row, "filed_at"),
                row.getBoolean("repeat"), row.getBigDecimal("lifetime_value"), Sql.instant(row, "prev_received_at"),
                Timeline.decodeSteps(row.getString("steps")));
    }

    private static Object at(Timeline t, Kind kind) {
        return Contributions.first(t, kind).map(Step::at).orElse(null);
    }

    private static Long seconds(Timeline t, Kind kind) {
        return Contributions.first(t, kind).map(s -> Contributions.seconds(t, s.at())).orElse(null);
    }

    private static Integer bucket(Timeline t, Kind kind) {
        return Contributions.first(t, kind).map(s -> Contributions.bucket(Contributions.seconds(t, s.at())))
                .orElse(null);
    }
}
