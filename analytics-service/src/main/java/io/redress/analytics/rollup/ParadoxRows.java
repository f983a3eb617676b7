package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Paradoxes.Change;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code analytics_rollup_paradox} table: each customer's {@link Paradoxes} changes, rewritten whole from the
 * timelines of all their complaints (a customer has a handful); and {@code analytics_rollup_paradox_day}, their sums
 * per receipt day, kept by the same statements (what a rewrite removes is taken off, what it inserts added).
 */
final class ParadoxRows {

    static final String TABLE = "analytics_rollup_paradox";
    /** The changes summed per UTC day of the first complaint's receipt, severity and cohort, with their latest moment. */
    static final String DAYS = "analytics_rollup_paradox_day";

    private ParadoxRows() {
    }

    /**
     * Rewrites the changes of these customers from all their complaints' timelines; the caller holds their locks. A
     * customer none of whose complaints is resolved has no changes and none to remove (a resolution is never undone),
     * so only the others are rewritten.
     */
    static Uni<Void> rewrite(SqlConnection tx, Map<String, List<Timeline>> byCustomer) {
        List<String> ids = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        byCustomer.forEach((id, timelines) -> {
            if (timelines.stream().anyMatch(t -> t.steps().stream().anyMatch(s -> s.kind() == Kind.RESOLVED))) {
                ids.add(id);
                Paradoxes.of(timelines).forEach(change -> {
                    customer.add(id);
                    changes.add(change);
                });
            }
        });
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> delete = Sql.execute(tx, "with gone as (delete from " + TABLE
                + " where customer_id = any($1) returning *) " + addToDays("gone", "-"),
                (Object) ids.toArray(String[]::new));
        return changes.isEmpty() ? delete : delete.chain(() -> insert(tx, customer, changes));
    }

    /**
     * Adds ({@code sign} empty) or takes away ({@code -}) the changes of {@code rows} to or from the day sums, in key
     * order (two instances' batches that touch one day wait for each other's commit); a day's latest moment never
     * moves back, so a day is at worst read from its changes where its sums would have done.
     */
    private static String addToDays(String rows, String sign) {
        return "insert into " + DAYS + """
                 as d (receipt_day, severity, happy, customers, again, answers, score, last_at)
                select (received_at at time zone 'UTC')::date, severity, happy, %1$ssum(customers), %1$ssum(again),
                       %1$ssum(answers), %1$ssum(score), max(at)
                from %2$s group by 1, 2, 3 order by 1, 2, 3
                on conflict (receipt_day, severity, happy) do update set customers = d.customers + excluded.customers,
                    again = d.again + excluded.again, answers = d.answers + excluded.answers,
                    score = d.score + excluded.score, last_at = greatest(d.last_at, excluded.last_at)""".formatted(
                sign, rows);
    }

    private static Uni<Void> insert(SqlConnection tx, List<String> customers, List<Change> changes) {
        int n = changes.size();
        OffsetDateTime[] received = new OffsetDateTime[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] severity = new String[n];
        Boolean[] happy = new Boolean[n];
        Integer[][] figures = new Integer[4][n];
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            received[i] = Sql.time(c.receivedAt());
            at[i] = Sql.time(c.at());
            severity[i] = c.severity();
            happy[i] = c.happy();
            figures[0][i] = c.customers();
            figures[1][i] = c.again();
            figures[2][i] = c.answers();
            figures[3][i] = c.score();
        }
        return Sql.execute(tx, "with added as (insert into " + TABLE + """
                 (customer_id, received_at, at, severity, happy, customers, again, answers, score)
                select * from unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::bool[],
                                     $6::int[], $7::int[], $8::int[], $9::int[]) returning *) """
                + addToDays("added", ""),
                customers.toArray(String[]::new), received, at, severity, happy, figures[0], figures[1],
                figures[2], figures[3]);
    }
}
