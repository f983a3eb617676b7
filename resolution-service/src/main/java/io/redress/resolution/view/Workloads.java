package io.redress.resolution.view;

import io.redress.core.sql.Sql;
import io.redress.resolution.lifecycle.ComplaintState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The set-wise questions asked of {@code resolution_complaint} beside its rows: owners' loads, customers' previous
 * owners, the teams' queues, an owner's queue and a team's breaches. One query each, whatever the number asked.
 */
public final class Workloads {

    private static final String IN_HAND = "status in ('ASSIGNED', 'ACKNOWLEDGED', 'REOPENED')";

    private Workloads() {
    }

    /** Complaints in hand per owner (the owners with none are absent). */
    public static Uni<Map<String, Integer>> loads(SqlClient client, Collection<String> owners) {
        return Sql.query(client, "select owner_id, count(*)::int as open from resolution_complaint where "
                + IN_HAND + " and owner_id = any($1::text[]) group by owner_id", (Object) owners.toArray(String[]::new))
                .map(rows -> {
                    Map<String, Integer> loads = new HashMap<>();
                    rows.forEach(row -> loads.put(row.getString("owner_id"), row.getInteger("open")));
                    return loads;
                });
    }

    /** Who owned each customer's latest complaint that had an owner (not a queue's holder), other than these. */
    public static Uni<Map<String, String>> previousOwners(SqlClient client, Collection<String> customers,
            Collection<UUID> excluding) {
        return Sql.query(client, """
                select distinct on (customer_id) customer_id, owner_id from resolution_complaint
                where customer_id = any($1::text[]) and complaint_id <> all($2::uuid[]) and owner_id is not null
                  and status <> 'QUEUED' and rule is distinct from 'UNASSIGNED_QUEUE'
                order by customer_id, received_at desc""", (Object) customers.toArray(String[]::new),
                (Object) excluding.toArray(UUID[]::new)).map(rows -> {
                    Map<String, String> owners = new HashMap<>();
                    rows.forEach(row -> owners.put(row.getString("customer_id"), row.getString("owner_id")));
                    return owners;
                });
    }

    /** The queued complaints, oldest first; of one team, or of all when {@code team} is null. */
    public static Uni<List<ComplaintState>> queued(SqlClient client, String team, Instant afterReceived,
            UUID afterId, int limit) {
        return rows(Sql.query(client, """
                select * from resolution_complaint where status = 'QUEUED' and ($1::text is null or team = $1)
                  and ($2::timestamptz is null or (received_at, complaint_id) > ($2, $3::uuid))
                order by received_at, complaint_id limit $4""", team, Sql.time(afterReceived), afterId, limit));
    }

    /** An owner's complaints in hand, nearest due first, after the cursor's (due, id) when given. */
    public static Uni<List<ComplaintState>> ownerQueue(SqlClient client, String owner, Instant afterDue, UUID afterId,
            int limit) {
        return rows(Sql.query(client, "select * from resolution_complaint where " + IN_HAND + """
                 and owner_id = $1
                  and ($2::timestamptz is null or (next_due_at, complaint_id) > ($2, $3::uuid))
                order by next_due_at, complaint_id limit $4""", owner, Sql.time(afterDue), afterId, limit));
    }

    /** A team's complaints that breached an SLA clock since {@code since}, and its oldest open complaint's receipt. */
    public static Uni<TeamFigures> team(SqlClient client, String team, Instant since) {
        return Sql.query(client, """
                select (select count(*) from resolution_complaint where team = $1
                          and (acknowledge_breached_at >= $2 or resolve_breached_at >= $2))::int as breaches,
                       (select min(received_at) from resolution_complaint where team = $1
                          and status not in ('RESOLVED', 'CLOSED')) as oldest_open,
                       (select count(*) from resolution_complaint where team = $1 and status = 'QUEUED')::int
                         as queued""", team, Sql.time(since)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new TeamFigures(row.getInteger("breaches"), Sql.instant(row, "oldest_open"),
                            row.getInteger("queued"));
                });
    }

    /** What a team's workload shows beside each owner's load. */
    public record TeamFigures(int breachesSince, Instant oldestOpenReceivedAt, int queued) {
    }

    private static Uni<List<ComplaintState>> rows(Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> query) {
        return query.map(rows -> {
            List<ComplaintState> found = new ArrayList<>();
            rows.forEach(row -> found.add(ComplaintRows.read(row)));
            return found;
        });
    }
}
