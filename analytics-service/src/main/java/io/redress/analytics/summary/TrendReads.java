package io.redress.analytics.summary;

import io.redress.analytics.query.Snapshot;
import io.redress.analytics.query.Window;
import io.redress.analytics.rollup.Contributions;
import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.analytics.rollup.Timeline;
import io.redress.analytics.rollup.TimelineRows;
import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import io.redress.analytics.summary.Figures.Satisfaction;
import io.redress.analytics.summary.TrendBounds.Edge;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The trends from the {@code summary-rollup} read model: per interval, the sums of its whole UTC receipt days (the
 * week or day sums of the days settled before asOf's day, the sums per contribution day up to asOf's day for the
 * others, less what the steps after asOf that day added), corrected at each boundary by the complaints between the
 * boundary and its nearest midnight ({@link TrendBounds}): a settled day's whole hours by their hour sums, the rest
 * by their timelines; each interval's percentiles located in its histogram and read on the rows of one bucket, all
 * intervals in one statement. The same points, to the digit, as {@link FigureSql#bucketed}.
 */
final class TrendReads {

    /** The figures a trend point needs besides the durations' ({@code ack.*}, {@code res.*}). */
    private static final String[] FIGURES = {Contributions.FILED, Contributions.SETTLED, Contributions.BREACHED,
        Contributions.RESOLVED, Contributions.FIRST_CONTACT, Contributions.REOPENED, Contributions.RESPONSES,
        Contributions.SCORE, Contributions.SATISFIED};

    /** The percentiles of each point: p50 and p90. */
    private static final double[] P = {0.5, 0.9};

    private static final String NEEDED = "(figure = any($3) or figure like 'ack.%' or figure like 'res.%')";

    private static final String EXTENT = """
            select min(receipt_day) as first, max(receipt_day) as last from analytics_rollup_span
            where receipt_day >= $1 and receipt_day <= $2""";

    /**
     * The sums of the settled days ($1), each with its interval: $2 the midnights as dates, so width_bucket − 1 is the
     * interval. Added up here rather than grouped in the database: a day is mostly an interval of its own, and the
     * rows come straight from the key's index.
     */
    private static final String SETTLED = """
            select width_bucket(receipt_day, $2::date[]) - 1 as i, figure, n from analytics_rollup_day
            where receipt_day = any($1) and %s""".formatted(NEEDED);

    /** The sums of the settled weeks ($1, their Mondays), one interval each. */
    private static final String WEEKS = """
            select width_bucket(receipt_week, $2::date[]) - 1 as i, figure, n from analytics_rollup_week
            where receipt_week = any($1) and %s""".formatted(NEEDED);

    /** The open days' ($1) sums per contribution day up to asOf's day ($4), each with its interval. */
    private static final String OPEN = """
            select width_bucket(receipt_day, $2::date[]) - 1 as i, figure, n from analytics_rollup_cell
            where receipt_day = any($1) and step_day <= $4 and %s""".formatted(NEEDED);

    private static final String EDGE_DAYS = """
            select receipt_day, last_day from analytics_rollup_span where receipt_day = any($1)""";

    /** The hour sums of each edge's whole hours ($1 to $2, edge $3) of a settled day. */
    private static final String HOURS = """
            select q.i, h.figure, h.n
            from unnest($1::timestamptz[], $2::timestamptz[], $3::int4[]) as q(s, e, i)
            join analytics_rollup_hour h on h.receipt_hour >= q.s and h.receipt_hour < q.e
            where h.figure = any($4) or h.figure like 'ack.%' or h.figure like 'res.%'""";

    private static final String EDGES = "select q.i, " + TimelineRows.COLUMNS + """
             from unnest($1::timestamptz[], $2::timestamptz[], $3::int4[]) as q(s, e, i)
            join analytics_rollup_complaint r on r.received_at >= q.s and r.received_at < q.e""";

    /** Each asked rank ($1: interval × 2 + which) in one bucket ($2) of one interval's receipt times ($3, $4). */
    private static final String RANKS = """
            select q.i, r.seconds
            from unnest($1::int4[], $2::int4[], $3::timestamptz[], $4::timestamptz[], $5::int8[]) as q(i, b, s, e, k)
            cross join lateral (
              select %1$s_seconds as seconds from analytics_rollup_complaint
              where %1$s_bucket = q.b and received_at >= q.s and received_at < q.e and %1$s_at <= $6
                and filed_at <= $6
              order by %1$s_seconds offset q.k limit 1) r""";

    private TrendReads() {
    }

    static Uni<List<TrendPoint>> trends(Pool pool, Window window, Interval interval, ZoneId zone) {
        Instant asOf = window.asOf();
        Instant from = window.from() == null ? Window.BEGINNING : window.from();
        Instant to = min(window.to() == null ? Window.END : window.to(), asOf.plus(1, ChronoUnit.MICROS));
        if (!from.isBefore(to)) {
            return Uni.createFrom().item(List.of());
        }
        return Snapshot.read(pool, RollupSql.TABLES, tx -> Sql.query(tx, EXTENT, RollupWindow.date(from),
                RollupWindow.date(to)).chain(extent -> {
                    Row row = extent.iterator().next();
                    if (row.getLocalDate("first") == null) {
                        return Uni.createFrom().item(List.<TrendPoint>of());
                    }
                    Instant lo = max(from, RollupWindow.start(row.getLocalDate("first")));
                    Instant hi = min(to, RollupWindow.start(row.getLocalDate("last").plusDays(1)));
                    if (!lo.isBefore(hi)) {
                        return Uni.createFrom().item(List.<TrendPoint>of());
                    }
                    return read(tx, TrendBounds.of(lo, hi, interval, zone), asOf);
                }));
    }

    private static Uni<List<TrendPoint>> read(SqlConnection tx, TrendBounds b, Instant asOf) {
        Sums[] sums = new Sums[b.intervals()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new Sums();
        }
        // Sent together and pipelined, as for the summary (RollupReads.read): the rows arrive one statement at a time
        // on the connection's event loop, so adding to the sums needs no lock.
        return Uni.combine().all().unis(days(tx, b, asOf, sums), edges(tx, b, asOf, sums)).discardItems()
                .chain(() -> Uni.combine().all().unis(ranks(tx, b, asOf, sums, Contributions.ACK, "ack"),
                        ranks(tx, b, asOf, sums, Contributions.RES, "res")).asTuple())
                .map(ranks -> {
                    Long[][] ack = ranks.getItem1();
                    Long[][] res = ranks.getItem2();
                    List<TrendPoint> points = new ArrayList<>();
                    for (int i = 0; i < sums.length; i++) {
                        if (sums[i].get(Contributions.FILED) > 0) {
                            points.add(point(b.starts().get(i), sums[i], ack[i], res[i]));
                        }
                    }
                    return points;
                });
    }

    /**
     * The whole days between the first and the last midnight, each added to its interval: a week of settled days by
     * its week sum, another settled day by its day sum, an open day by its sums per contribution day up to asOf's day
     * less what the steps after asOf that day added.
     */
    private static Uni<Void> days(SqlConnection tx, TrendBounds b, Instant asOf, Sums[] sums) {
        if (!b.firstDay().isBefore(b.endDay())) {
            return Uni.createFrom().voidItem();
        }
        LocalDate asOfDay = RollupWindow.date(asOf);
        Instant asOfDayEnd = RollupWindow.start(asOfDay.plusDays(1));
        LocalDate[] midnights = b.midnights().stream().map(RollupWindow::date).toArray(LocalDate[]::new);
        Uni<Void> summed = Sql.query(tx, RollupSql.SPANS, b.firstDay(), b.endDay()).chain(spans -> {
            Map<Integer, List<LocalDate>> byInterval = new TreeMap<>();
            Map<LocalDate, Boolean> settled = new HashMap<>();
            spans.forEach(row -> {
                LocalDate day = row.getLocalDate("receipt_day");
                settled.put(day, row.getLocalDate("last_day").isBefore(asOfDay));
                byInterval.computeIfAbsent(b.intervalOf(day), i -> new ArrayList<>()).add(day);
            });
            List<LocalDate> weeks = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            List<LocalDate> open = new ArrayList<>();
            byInterval.forEach((i, inInterval) -> {
                if (b.isWeek(i) && inInterval.stream().allMatch(settled::get)) {
                    weeks.add(midnights[i]);
                } else {
                    inInterval.forEach(day -> (settled.get(day) ? days : open).add(day));
                }
            });
            return Uni.combine().all().unis(sums(tx, WEEKS, weeks, midnights, sums),
                    sums(tx, SETTLED, days, midnights, sums), open.isEmpty() ? Uni.createFrom().voidItem()
                            : Sql.query(tx, OPEN, open.toArray(LocalDate[]::new), midnights, FIGURES, asOfDay)
                            .invoke(rows -> add(rows, sums)).replaceWithVoid()).discardItems();
        });
        Uni<Void> stepped = Sql.query(tx, RollupSql.LATE, Sql.time(b.midnights().getFirst()),
                Sql.time(b.midnights().getLast()), Sql.time(asOf), Sql.time(asOfDayEnd))
                .invoke(rows -> rows.forEach(row -> {
                    Timeline t = TimelineRows.read(row);
                    Sums into = sums[b.intervalOf(RollupWindow.date(t.receivedAt()))];
                    for (Delta d : Contributions.of(t)) {
                        if (d.at().isAfter(asOf) && d.at().isBefore(asOfDayEnd)) {
                            into.add(d.figure(), -d.n());
                        }
                    }
                })).replaceWithVoid();
        return Uni.combine().all().unis(summed, stepped).discardItems();
    }

    private static Uni<Void> sums(SqlConnection tx, String statement, List<LocalDate> keys, LocalDate[] midnights,
            Sums[] sums) {
        return keys.isEmpty() ? Uni.createFrom().voidItem()
                : Sql.query(tx, statement, keys.toArray(LocalDate[]::new), midnights, FIGURES)
                .invoke(rows -> add(rows, sums)).replaceWithVoid();
    }

    /**
     * The corrections at the boundaries that are not midnights, each the complaints between the boundary and its
     * nearest midnight, added to the interval after it and taken from the one before: the whole hours of a settled
     * day from its hour sums, the rest from the timelines (at or before asOf).
     */
    private static Uni<Void> edges(SqlConnection tx, TrendBounds b, Instant asOf, Sums[] sums) {
        List<Edge> edges = b.edges();
        if (edges.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate asOfDay = RollupWindow.date(asOf);
        LocalDate[] days = edges.stream().map(e -> RollupWindow.date(e.from())).distinct().toArray(LocalDate[]::new);
        return Sql.query(tx, EDGE_DAYS, (Object) days).chain(spans -> {
            Set<LocalDate> settled = new HashSet<>();
            spans.forEach(row -> {
                if (row.getLocalDate("last_day").isBefore(asOfDay)) {
                    settled.add(row.getLocalDate("receipt_day"));
                }
            });
            List<Edge> hourly = new ArrayList<>();
            List<Edge> stepped = new ArrayList<>();
            for (Edge e : edges) {
                Instant first = e.from().truncatedTo(ChronoUnit.HOURS);
                first = first.equals(e.from()) ? first : first.plus(1, ChronoUnit.HOURS);
                Instant last = e.to().truncatedTo(ChronoUnit.HOURS);
                if (!settled.contains(RollupWindow.date(e.from())) || !first.isBefore(last)) {
                    stepped.add(e);
                    continue;
                }
                hourly.add(new Edge(e.boundary(), first, last, e.sign()));
                if (e.from().isBefore(first)) {
                    stepped.add(new Edge(e.boundary(), e.from(), first, e.sign()));
                }
                if (last.isBefore(e.to())) {
                    stepped.add(new Edge(e.boundary(), last, e.to(), e.sign()));
                }
            }
            return edgeRows(tx, HOURS, hourly, true, rows -> rows.forEach(row -> correct(hourly.get(row.getInteger("i")),
                    sums, row.getString("figure"), row.getLong("n"))))
                    .chain(() -> edgeRows(tx, EDGES, stepped, false, rows -> rows.forEach(row -> {
                        Edge edge = stepped.get(row.getInteger("i"));
                        for (Delta d : Contributions.of(TimelineRows.read(row))) {
                            if (!d.at().isAfter(asOf)) {
                                correct(edge, sums, d.figure(), d.n());
                            }
                        }
                    })));
        });
    }

    /**
     * Reads the rows of these edges' receipt times with {@code statement}: $1 and $2 their ends, $3 their index, and
     * with {@code figures} $4 the figures a point needs besides the durations'.
     */
    private static Uni<Void> edgeRows(SqlConnection tx, String statement, List<Edge> edges, boolean figures,
            Consumer<RowSet<Row>> into) {
        if (edges.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime[] from = edges.stream().map(e -> Sql.time(e.from())).toArray(OffsetDateTime[]::new);
        OffsetDateTime[] to = edges.stream().map(e -> Sql.time(e.to())).toArray(OffsetDateTime[]::new);
        Integer[] index = new Integer[edges.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return (figures ? Sql.query(tx, statement, from, to, index, FIGURES) : Sql.query(tx, statement, from, to, index))
                .invoke(into).replaceWithVoid();
    }

    /** What a complaint between a boundary and its midnight adds: to the interval after the boundary, not before. */
    private static void correct(Edge edge, Sums[] sums, String figure, long n) {
        if (edge.boundary() < sums.length) {
            sums[edge.boundary()].add(figure, edge.sign() * n);
        }
        if (edge.boundary() > 0) {
            sums[edge.boundary() - 1].add(figure, -edge.sign() * n);
        }
    }

    /**
     * Each interval's p50 and p90 of one metric: {@code [interval][0 = p50, 1 = p90]}, null where none; those read
     * before for the same durations from {@link KnownRanks}, the others in one statement.
     */
    private static Uni<Long[][]> ranks(SqlConnection tx, TrendBounds b, Instant asOf, Sums[] sums, String metric,
            String column) {
        Long[][] found = new Long[sums.length][2];
        KnownRanks.Durations[] durations = new KnownRanks.Durations[sums.length];
        List<Integer> ids = new ArrayList<>();
        List<Integer> buckets = new ArrayList<>();
        List<OffsetDateTime> from = new ArrayList<>();
        List<OffsetDateTime> to = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            durations[i] = sums[i].durations(metric);
            for (int which = 0; which < 2; which++) {
                double p = P[which];
                long[] at = sums[i].locate(metric, p);
                found[i][which] = at == null ? null : KnownRanks.get(durations[i], p);
                if (at != null && found[i][which] == null) {
                    ids.add(i * 2 + which);
                    buckets.add((int) at[0]);
                    from.add(Sql.time(b.bounds().get(i)));
                    to.add(Sql.time(b.bounds().get(i + 1)));
                    offsets.add(at[1]);
                }
            }
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return Sql.query(tx, RANKS.formatted(column), ids.toArray(Integer[]::new), buckets.toArray(Integer[]::new),
                from.toArray(OffsetDateTime[]::new), to.toArray(OffsetDateTime[]::new), offsets.toArray(Long[]::new),
                Sql.time(asOf)).map(rows -> {
                    rows.forEach(row -> {
                        int id = row.getInteger("i");
                        found[id / 2][id % 2] = row.getLong("seconds");
                        KnownRanks.put(durations[id / 2], P[id % 2], row.getLong("seconds"));
                    });
                    return found;
                });
    }

    private static TrendPoint point(Instant start, Sums s, Long[] ack, Long[] res) {
        long filed = s.get(Contributions.FILED);
        long resolved = s.get(Contributions.RESOLVED);
        return new TrendPoint(start, filed, filed - s.get(Contributions.SETTLED), durations(s, Contributions.ACK, ack),
                durations(s, Contributions.RES, res), Rate.of(s.get(Contributions.BREACHED), filed),
                Rate.of(s.get(Contributions.FIRST_CONTACT), resolved), Rate.of(s.get(Contributions.REOPENED), resolved),
                Satisfaction.of(s.get(Contributions.RESPONSES), BigDecimal.valueOf(s.get(Contributions.SCORE)),
                        s.get(Contributions.SATISFIED)));
    }

    private static Durations durations(Sums s, String metric, Long[] ranks) {
        long count = s.get(metric + Contributions.COUNT);
        return count == 0 ? Durations.of(0, null, null, null)
                : Durations.of(count, ranks[0], ranks[1], BigDecimal.valueOf(s.get(metric + Contributions.SUM)));
    }

    private static void add(RowSet<Row> rows, Sums[] sums) {
        rows.forEach(row -> sums[row.getInteger("i")].add(row.getString("figure"), row.getLong("n")));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
