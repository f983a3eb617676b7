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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The summary from the {@code summary-rollup} read model: for the window's whole receipt days, the month and day sums
 * of those whose every contribution came before asOf's day, and for the others the sums per contribution day up to
 * the midnight nearer asOf, corrected by the steps between that midnight and asOf; plus the contributions at or
 * before asOf of the complaints at the window's edges; the percentiles found in the histograms and refined on the
 * rows of one bucket; the customers counted by their previous complaint. The same figures, to the digit, as
 * {@link FigureSql} computes from the facts, which remains their definition.
 */
public final class RollupReads {

    /** The tables an answer from the rollup reads, to lock in its {@link Snapshot}. */
    public static final String TABLES = RollupSql.TABLES;

    private static final Logger LOG = Logger.getLogger(RollupReads.class);

    private RollupReads() {
    }

    static Uni<Summary> summary(Pool pool, Window window) {
        RollupWindow w = RollupWindow.of(window);
        return Snapshot.read(pool, RollupSql.TABLES, tx -> read(tx, window, w));
    }

    /**
     * The sum of every figure of {@link Contributions} over the window as of its moment, for the answers of other
     * features that are such sums (the recovery answers), read in their snapshot of {@link #TABLES}.
     */
    public static Uni<Map<String, Long>> contributions(SqlConnection tx, Window window) {
        RollupWindow w = RollupWindow.of(window);
        Sums sums = new Sums();
        return Uni.combine().all().unis(whole(tx, w, sums, null), edges(tx, w, sums, null)).discardItems()
                .map(nothing -> sums.all());
    }

    /**
     * The statements that do not wait for one another's rows are sent together: the connection pipelines them, and
     * the service decodes one statement's timelines while the database runs the next. Their rows arrive on the
     * connection's event loop one statement at a time, so adding to {@code sums} needs no lock.
     */
    private static Uni<Summary> read(SqlConnection tx, Window window, RollupWindow w) {
        Sums sums = new Sums();
        long[] customers = {0};
        Uni<Long> traced = Sql.query(tx, FigureSql.WITH_ROOT_CAUSE, window.parameters())
                .map(rows -> rows.iterator().next().getLong("complaints"));
        return Uni.combine().all().unis(whole(tx, w, sums, customers), edges(tx, w, sums, customers),
                        unfiledCustomers(tx, w), traced).asTuple()
                .chain(parts -> Uni.combine().all().unis(percentiles(tx, w, sums, Contributions.ACK, "ack"),
                                percentiles(tx, w, sums, Contributions.RES, "res")).asTuple()
                        .map(ranks -> sums.summary(window, customers[0] + parts.getItem3(), ranks.getItem1(),
                                ranks.getItem2(), parts.getItem4())));
    }

    /** The edges' contributions at or before asOf, and their complaints whose previous one came before the window. */
    private static Uni<Void> edges(SqlConnection tx, RollupWindow w, Sums sums, long[] customers) {
        return Sql.query(tx, RollupSql.EDGES, Sql.time(w.from()), Sql.time(w.lowerEdge()), Sql.time(w.upperEdge()),
                Sql.time(w.to())).invoke(rows -> timelines(rows).forEach(t -> {
                    for (Delta d : Contributions.of(t)) {
                        if (!d.at().isAfter(w.asOf())) {
                            sums.add(d.figure(), d.n());
                        }
                    }
                    if (customers != null && w.before(t.prevReceivedAt())) {
                        customers[0]++;
                    }
                })).replaceWithVoid();
    }

    /**
     * The whole days: their sums as {@link DaySplit} picks them, plus what the steps from asOf's midnight to asOf
     * added when it is early in its day, else less what the steps after it that day added; and, unless
     * {@code customers} is null, their complaints whose previous one came before the window (counting those filed
     * after asOf too).
     */
    private static Uni<Void> whole(SqlConnection tx, RollupWindow w, Sums sums, long[] customers) {
        if (!w.hasWholeDays()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> days = Sql.query(tx, RollupSql.SPANS, w.firstDay(), w.endDay()).map(DaySplit::of)
                .chain(split -> split.read(tx, w, sums));
        Uni<Void> stepped = (w.early()
                ? Sql.query(tx, RollupSql.EARLY, Sql.time(w.wholeStart()), Sql.time(w.wholeEnd()),
                        Sql.time(w.asOfDayStart()), Sql.time(w.asOf()))
                : Sql.query(tx, RollupSql.LATE, Sql.time(w.wholeStart()), Sql.time(w.wholeEnd()),
                        Sql.time(w.asOf()), Sql.time(w.asOfDayEnd())))
                .invoke(rows -> timelines(rows).forEach(t -> {
                    for (Delta d : Contributions.of(t)) {
                        if (w.early() && !d.at().isBefore(w.asOfDayStart()) && !d.at().isAfter(w.asOf())) {
                            sums.add(d.figure(), d.n());
                        } else if (!w.early() && d.at().isAfter(w.asOf()) && d.at().isBefore(w.asOfDayEnd())) {
                            sums.add(d.figure(), -d.n());
                        }
                    }
                })).replaceWithVoid();
        Uni<Void> counted = customers == null ? Uni.createFrom().voidItem() : wholeCustomers(tx, w, customers);
        return Uni.combine().all().unis(days, stepped, counted).discardItems();
    }

    private static Uni<Void> wholeCustomers(SqlConnection tx, RollupWindow w, long[] customers) {
        return Sql.query(tx, RollupSql.CUSTOMERS, w.firstDay(), w.endDay(), w.customersBeforeDay())
                .invoke(rows -> customers[0] += rows.iterator().next().getLong("n"))
                .chain(() -> !w.fromInsideDay() ? Uni.createFrom().voidItem()
                        : Sql.query(tx, RollupSql.CUSTOMERS_FROM_DAY, Sql.time(w.fromDayStart()), Sql.time(w.from()),
                                Sql.time(w.wholeStart()), Sql.time(w.wholeEnd()))
                        .invoke(rows -> customers[0] += rows.iterator().next().getLong("n")).replaceWithVoid())
                .replaceWithVoid();
    }

    /**
     * The customers counted so far counted every complaint of the window, filed by asOf or not. For each customer
     * with a complaint received by asOf but filed after it (one received in the last moments before asOf, or an
     * import), this is what their count must change by: they count once if one of their complaints was filed by
     * asOf, where so far they counted once per complaint whose previous one came before the window.
     */
    private static Uni<Long> unfiledCustomers(SqlConnection tx, RollupWindow w) {
        return Sql.query(tx, RollupSql.UNFILED, Sql.time(w.from()), Sql.time(w.to()), Sql.time(w.asOf()),
                Sql.time(w.asOf().minus(TimelineRows.LATE_FILING))).chain(unfiled -> {
                    Set<String> ids = new TreeSet<>();
                    unfiled.forEach(row -> ids.add(row.getString("customer_id")));
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0L);
                    }
                    LOG.debugf("summary as of %s: %d customers with complaints filed after it", w.asOf(), ids.size());
                    return Sql.query(tx, RollupSql.CUSTOMER_COMPLAINTS, ids.toArray(String[]::new),
                            Sql.time(w.from()), Sql.time(w.to())).map(rows -> {
                                Map<String, long[]> counts = new HashMap<>();
                                rows.forEach(row -> {
                                    long[] c = counts.computeIfAbsent(row.getString("customer_id"), k -> new long[2]);
                                    c[0] |= Sql.instant(row, "filed_at").isAfter(w.asOf()) ? 0 : 1;
                                    c[1] += w.before(Sql.instant(row, "prev_received_at")) ? 1 : 0;
                                });
                                return counts.values().stream().mapToLong(c -> c[0] - c[1]).sum();
                            });
                });
    }

    /** The durations of one metric: count, sum, and p50 and p90 ranked in the histogram and refined on the rows. */
    private static Uni<Durations> percentiles(SqlConnection tx, RollupWindow w, Sums sums, String metric,
            String column) {
        long count = sums.get(metric + Contributions.COUNT);
        if (count == 0) {
            return Uni.createFrom().item(Durations.of(0, null, null, null));
        }
        KnownRanks.Durations durations = sums.durations(metric);
        return Uni.combine().all().unis(rank(tx, w, sums, durations, column, 0.5),
                        rank(tx, w, sums, durations, column, 0.9)).asTuple()
                .map(p -> Durations.of(count, p.getItem1(), p.getItem2(),
                        BigDecimal.valueOf(sums.get(metric + Contributions.SUM))));
    }

    /**
     * The nearest-rank percentile, located in the histogram and read on the rows of its bucket from its nearer end,
     * unless it was read before for the same durations ({@link KnownRanks}).
     */
    private static Uni<Long> rank(SqlConnection tx, RollupWindow w, Sums sums, KnownRanks.Durations durations,
            String column, double p) {
        long[] at = sums.locate(durations.metric(), p);
        if (at == null) {
            return Uni.createFrom().nullItem();
        }
        Long known = KnownRanks.get(durations, p);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        boolean fromTop = at[1] > at[2] / 2;
        return Sql.query(tx, RollupSql.RANK.formatted(column, fromTop ? "desc" : "asc"), (int) at[0],
                Sql.time(w.from()), Sql.time(w.to()), Sql.time(w.asOf()), fromTop ? at[2] - 1 - at[1] : at[1])
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    long seconds = rows.iterator().next().getLong("seconds");
                    KnownRanks.put(durations, p, seconds);
                    return seconds;
                });
    }

    private static List<Timeline> timelines(RowSet<Row> rows) {
        List<Timeline> found = new ArrayList<>();
        rows.forEach(row -> found.add(TimelineRows.read(row)));
        return found;
    }
}
