package io.redress.analytics.summary;

import io.redress.analytics.query.Snapshot;
import io.redress.analytics.query.Window;
import io.redress.analytics.rollup.Contributions;
import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.analytics.rollup.Timeline;
import io.redress.analytics.rollup.TimelineRows;
import io.redress.analytics.summary.Figures.Durations;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The summary from the {@code summary-rollup} read model: the day sums of the window's whole receipt days up to the
 * end of asOf's day, less what the steps after asOf that day added, plus the contributions at or before asOf of the
 * complaints at the window's edges; the percentiles found in the histograms and refined on the rows of one bucket;
 * the customers counted by their previous complaint. The same figures, to the digit, as {@link FigureSql} computes
 * from the facts, which remains their definition.
 */
final class RollupReads {

    private static final Logger LOG = Logger.getLogger(RollupReads.class);

    private static final String TABLES = "analytics_rollup_complaint, analytics_rollup_cell, "
            + "analytics_rollup_customer, analytics_occurrence, analytics_complaint, analytics_root_cause_complaint";

    private static final String CELLS = """
            select figure, sum(n)::int8 as n from analytics_rollup_cell
            where receipt_day >= $1 and receipt_day < $2 and step_day <= $3 group by figure""";

    private static final String LATE_FILINGS = """
            select coalesce(sum(n), 0)::int8 as n from analytics_rollup_cell
            where receipt_day >= $1 and receipt_day < $2 and step_day > $3 and figure = 'filed'""";

    private static final String EDGES = "select " + TimelineRows.COLUMNS + """
             from analytics_rollup_complaint
            where (received_at >= $1 and received_at < $2) or (received_at >= $3 and received_at < $4)""";

    /** The whole days' complaints with a step (or their filing) after asOf on asOf's day. */
    private static final String LATE = "select " + TimelineRows.COLUMNS + """
             from analytics_rollup_complaint
            where received_at >= $1 and received_at < $2 and complaint_id in (
              select complaint_id from analytics_occurrence where at > $3 and at < $4
              union select complaint_id from analytics_rollup_complaint where filed_at > $3 and filed_at < $4)""";

    private static final String CUSTOMERS = """
            select coalesce(sum(n), 0)::int8 as n from analytics_rollup_customer
            where receipt_day >= $1 and receipt_day < $2 and prev_day < $3""";

    private static final String CUSTOMERS_FROM_DAY = """
            select count(*) as n from analytics_rollup_complaint
            where prev_received_at >= $1 and prev_received_at < $2 and received_at >= $3 and received_at < $4""";

    /** When some of the window's complaints were filed after asOf (an import), their customers are counted here. */
    private static final String CUSTOMERS_DISTINCT = """
            select count(distinct customer_id) as n from analytics_rollup_complaint
            where received_at >= $1 and received_at < $2 and filed_at <= $3""";

    private static final String RANK = """
            select %1$s_seconds as seconds from analytics_rollup_complaint
            where %1$s_bucket = $1 and received_at >= $2 and received_at < $3 and %1$s_at <= $4 and filed_at <= $4
            order by %1$s_seconds offset $5 limit 1""";

    private RollupReads() {
    }

    static Uni<Summary> summary(Pool pool, Window window) {
        RollupWindow w = RollupWindow.of(window);
        return Snapshot.read(pool, TABLES, tx -> read(tx, window, w));
    }

    private static Uni<Summary> read(SqlConnection tx, Window window, RollupWindow w) {
        Sums sums = new Sums();
        long[] lateFiled = {0};
        long[] customers = {0};
        Uni<Void> whole = !w.hasWholeDays() ? Uni.createFrom().voidItem()
                : Sql.query(tx, CELLS, w.firstDay(), w.endDay(), w.asOfDay()).invoke(rows -> rows.forEach(
                        row -> sums.add(row.getString("figure"), row.getLong("n"))))
                .chain(() -> Sql.query(tx, LATE_FILINGS, w.firstDay(), w.endDay(), w.asOfDay()))
                .invoke(rows -> lateFiled[0] += rows.iterator().next().getLong("n"))
                .chain(() -> Sql.query(tx, LATE, Sql.time(w.wholeStart()), Sql.time(w.wholeEnd()),
                        Sql.time(w.asOf()), Sql.time(w.asOfDayEnd())))
                .invoke(rows -> timelines(rows).forEach(t -> {
                    for (Delta d : Contributions.of(t)) {
                        if (d.at().isAfter(w.asOf()) && d.at().isBefore(w.asOfDayEnd())) {
                            sums.add(d.figure(), -d.n());
                        }
                    }
                    if (t.filedAt().isAfter(w.asOf())) {
                        lateFiled[0]++;
                    }
                }))
                .chain(() -> Sql.query(tx, CUSTOMERS, w.firstDay(), w.endDay(), w.customersBeforeDay()))
                .invoke(rows -> customers[0] += rows.iterator().next().getLong("n"))
                .chain(() -> !w.fromInsideDay() ? Uni.createFrom().voidItem()
                        : Sql.query(tx, CUSTOMERS_FROM_DAY, Sql.time(w.fromDayStart()), Sql.time(w.from()),
                                Sql.time(w.wholeStart()), Sql.time(w.wholeEnd()))
                        .invoke(rows -> customers[0] += rows.iterator().next().getLong("n")).replaceWithVoid())
                .replaceWithVoid();
        return whole.chain(() -> Sql.query(tx, EDGES, Sql.time(w.from()), Sql.time(w.lowerEdge()),
                        Sql.time(w.upperEdge()), Sql.time(w.to())))
                .chain(rows -> {
                    for (Timeline t : timelines(rows)) {
                        for (Delta d : Contributions.of(t)) {
                            if (!d.at().isAfter(w.asOf())) {
                                sums.add(d.figure(), d.n());
                            }
                        }
                        if (t.filedAt().isAfter(w.asOf())) {
                            lateFiled[0]++;
                        } else if (w.before(t.prevReceivedAt())) {
                            customers[0]++;
                        }
                    }
                    if (lateFiled[0] == 0) {
                        return Uni.createFrom().item(customers[0]);
                    }
                    LOG.debugf("summary: %d complaints of the window filed after asOf %s; customers counted one by one",
                            lateFiled[0], w.asOf());
                    return Sql.query(tx, CUSTOMERS_DISTINCT, Sql.time(w.from()), Sql.time(w.to()), Sql.time(w.asOf()))
                            .map(r -> r.iterator().next().getLong("n"));
                })
                .chain(distinct -> percentiles(tx, w, sums, Contributions.ACK, "ack").chain(ack ->
                        percentiles(tx, w, sums, Contributions.RES, "res").chain(res -> Sql.query(tx,
                                FigureSql.WITH_ROOT_CAUSE, window.parameters()).map(traced -> sums.summary(window,
                                distinct, ack, res, traced.iterator().next().getLong("complaints"))))));
    }

    /** The durations of one metric: count, sum, and p50 and p90 ranked in the histogram and refined on the rows. */
    private static Uni<Durations> percentiles(SqlConnection tx, RollupWindow w, Sums sums, String metric,
            String column) {
        long count = sums.get(metric + Contributions.COUNT);
        if (count == 0) {
            return Uni.createFrom().item(Durations.of(0, null, null, null));
        }
        return rank(tx, w, sums, metric, column, 0.5, count).chain(p50 -> rank(tx, w, sums, metric, column, 0.9,
                count).map(p90 -> Durations.of(count, p50, p90,
                BigDecimal.valueOf(sums.get(metric + Contributions.SUM)))));
    }

    /** The nearest-rank percentile: the ceil(p·n)-th smallest, as PostgreSQL's percentile_disc takes it. */
    private static Uni<Long> rank(SqlConnection tx, RollupWindow w, Sums sums, String metric, String column,
            double p, long count) {
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long below = 0;
        for (var bucket : sums.histogram(metric).entrySet()) {
            if (below + bucket.getValue() >= rank) {
                return Sql.query(tx, RANK.formatted(column), bucket.getKey(), Sql.time(w.from()), Sql.time(w.to()),
                        Sql.time(w.asOf()), rank - below - 1).map(rows -> rows.iterator().hasNext()
                        ? rows.iterator().next().getLong("seconds") : null);
            }
            below += bucket.getValue();
        }
        return Uni.createFrom().nullItem();
    }

    private static List<Timeline> timelines(RowSet<Row> rows) {
        List<Timeline> found = new ArrayList<>();
        rows.forEach(row -> found.add(TimelineRows.read(row)));
        return found;
    }
}
