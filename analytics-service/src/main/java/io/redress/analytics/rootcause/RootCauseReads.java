package io.redress.analytics.rootcause;

import io.redress.analytics.query.Window;
import io.redress.core.sql.Sql;
import io.redress.events.Severity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The queries behind {@code /root-causes}: one root cause with its complaints, a page of them, unknown ids. */
final class RootCauseReads {

    private RootCauseReads() {
    }

    /** The root cause with its complaints, or null. */
    static Uni<RootCauseView> find(SqlClient client, UUID id) {
        return Sql.query(client, "select %s from analytics_root_cause where root_cause_id = $1"
                .formatted(RootCauseTables.CAUSE_COLUMNS), id).chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().nullItem();
                    }
                    RootCause cause = RootCauseTables.cause(rows.iterator().next());
                    return Sql.query(client, """
                            select l.complaint_id, c.received_at, c.category, c.severity
                            from analytics_root_cause_complaint l
                            left join analytics_complaint c on c.complaint_id = l.complaint_id
                            where l.root_cause_id = $1 order by c.received_at nulls last, l.complaint_id""", id)
                            .map(linked -> {
                                List<RootCauseView.Linked> complaints = new ArrayList<>();
                                for (Row row : linked) {
                                    String severity = row.getString("severity");
                                    complaints.add(new RootCauseView.Linked(row.getUUID("complaint_id"),
                                            Sql.instant(row, "received_at"), row.getString("category"),
                                            severity == null ? null : Severity.valueOf(severity),
                                            row.getValue("received_at") != null));
                                }
                                return RootCauseView.of(cause, complaints.size(), complaints);
                            });
                });
    }

    /**
     * The complaints of the root cause's category (and component) received in the {@code weeks} weeks before and
     * after its pivot and before asOf, filed by asOf, by week index (0 the first week after the pivot).
     */
    static Uni<Map<Integer, Long>> weekly(SqlClient client, RootCauseView cause, Instant pivot, Instant asOf,
            int weeks) {
        return Sql.query(client, """
                select floor(extract(epoch from c.received_at - $3) / 604800)::int as week, count(*) as complaints
                from analytics_complaint c
                where c.category = $1 and ($2::text is null or c.component = $2)
                  and c.received_at >= $3 - $5 * interval '7 days' and c.received_at < $3 + $5 * interval '7 days'
                  and c.received_at < $4 and c.filed_at <= $4
                group by 1""", cause.category(), cause.component(), Sql.time(pivot), Sql.time(asOf), weeks)
                .map(rows -> {
                    Map<Integer, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put(row.getInteger("week"), row.getLong("complaints")));
                    return counts;
                });
    }

    /**
     * Root causes identified in the window and by its asOf, newest first, after the cursor's (time, id) when given;
     * {@code limit} of them at most.
     */
    static Uni<List<RootCauseView>> page(SqlClient client, Window window, Instant beforeAt, UUID beforeId,
            int limit) {
        Object[] at = window.parameters();
        return Sql.query(client, """
                select %s, (select count(*) from analytics_root_cause_complaint l
                            where l.root_cause_id = r.root_cause_id) as complaints
                from analytics_root_cause r
                where r.identified_at >= $4 and r.identified_at < $5 and r.identified_at <= $6
                  and ($1::timestamptz is null or (r.identified_at, r.root_cause_id) < ($1, $2::uuid))
                order by identified_at desc, root_cause_id desc limit $3"""
                .formatted(RootCauseTables.CAUSE_COLUMNS.replaceAll("(\\w+)", "r.$1")),
                beforeAt == null ? null : Sql.time(beforeAt), beforeId, limit, at[0], at[1], at[2]).map(rows -> {
                    List<RootCauseView> page = new ArrayList<>();
                    for (Row row : rows) {
                        page.add(RootCauseView.of(RootCauseTables.cause(row), row.getLong("complaints").intValue(),
                                List.of()));
                    }
                    return page;
                });
    }

    /** The ids among these that analytics has no filing of. */
    static Uni<Set<UUID>> unknown(SqlClient client, Set<UUID> ids) {
        return Sql.query(client, "select complaint_id from analytics_complaint where complaint_id = any($1)",
                (Object) ids.toArray(UUID[]::new)).map(rows -> {
                    Set<UUID> missing = new LinkedHashSet<>(ids);
                    rows.forEach(row -> missing.remove(row.getUUID("complaint_id")));
                    return missing;
                });
    }
}
