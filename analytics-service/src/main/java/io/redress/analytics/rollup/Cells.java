package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of contributions to write to the rollup's tables, by (receipt day, second day, figure): the second day is the
 * contribution's day in {@code analytics_rollup_cell} (and its day and month sums) and the previous complaint's
 * receipt day in {@code analytics_rollup_customer}. Days are UTC dates. Written in key order and added to what is
 * there, so two writers of the same cells wait for each other rather than deadlock or lose a sum.
 */
final class Cells {

    /** The day of "no previous complaint" in {@code analytics_rollup_customer}. */
    static final LocalDate NONE = LocalDate.of(1, 1, 1);

    record Key(LocalDate receiptDay, LocalDate day, String figure) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = receiptDay.compareTo(o.receiptDay);
            if (c == 0) {
                c = day.compareTo(o.day);
            }
            return c != 0 ? c : figure.compareTo(o.figure);
        }
    }

    private final Map<Key, Long> sums = new TreeMap<>();
    /** Per receipt day, the latest day a contribution added now falls on. */
    private final Map<LocalDate, LocalDate> spans = new TreeMap<>();

    static LocalDate day(Instant at) {
        return at == null ? NONE : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    void add(Timeline t, int sign) {
        LocalDate receipt = day(t.receivedAt());
        for (Delta d : Contributions.of(t)) {
            LocalDate day = day(d.at());
            add(new Key(receipt, day, d.figure()), sign * d.n());
            if (sign > 0) {
                spans.merge(receipt, day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    void add(Key key, long n) {
        sums.merge(key, n, Long::sum);
    }

    private Uni<Void> writeCells(SqlClient tx) {
        return write(tx, """
                insert into analytics_rollup_cell (receipt_day, step_day, figure, n)
                select * from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) order by 1, 2, 3
                on conflict (receipt_day, step_day, figure) do update set n = analytics_rollup_cell.n + excluded.n""");
    }

    /**
     * Writes the sums three ways: per receipt day and contribution day, per receipt day, and per receipt month (the
     * first of the month), and raises each receipt day's last contribution day. A day whose last contribution day is
     * before asOf's is answered by its day sum, a month of such days by its month sum.
     */
    Uni<Void> writeAll(SqlClient tx) {
        sums.values().removeIf(n -> n == 0);
        Cells days = new Cells();
        Cells months = new Cells();
        sums.forEach((key, n) -> {
            days.add(new Key(key.receiptDay(), NONE, key.figure()), n);
            months.add(new Key(key.receiptDay().withDayOfMonth(1), NONE, key.figure()), n);
        });
        return writeCells(tx).chain(() -> days.write(tx, """
                insert into analytics_rollup_day (receipt_day, figure, n)
                select d, f, n from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) as u(d, x, f, n)
                order by 1, 2
                on conflict (receipt_day, figure) do update set n = analytics_rollup_day.n + excluded.n"""))
                .chain(() -> months.write(tx, """
                insert into analytics_rollup_month (receipt_month, figure, n)
                select d, f, n from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) as u(d, x, f, n)
                order by 1, 2
                on conflict (receipt_month, figure) do update set n = analytics_rollup_month.n + excluded.n"""))
                .chain(() -> spans.isEmpty() ? Uni.createFrom().voidItem() : Sql.execute(tx, """
                insert into analytics_rollup_span (receipt_day, last_day)
                select * from unnest($1::date[], $2::date[]) order by 1
                on conflict (receipt_day) do update
                set last_day = greatest(analytics_rollup_span.last_day, excluded.last_day)""",
                        spans.keySet().toArray(LocalDate[]::new), spans.values().toArray(LocalDate[]::new)));
    }

    Uni<Void> writeCustomers(SqlClient tx) {
        return write(tx, """
                insert into analytics_rollup_customer (receipt_day, prev_day, n)
                select d, p, n from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) as u(d, p, f, n)
                order by 1, 2
                on conflict (receipt_day, prev_day) do update set n = analytics_rollup_customer.n + excluded.n""");
    }

    private Uni<Void> write(SqlClient tx, String statement) {
        sums.values().removeIf(n -> n == 0);
        if (sums.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LocalDate[] receipt = new LocalDate[sums.size()];
        LocalDate[] day = new LocalDate[sums.size()];
        String[] figure = new String[sums.size()];
        Long[] n = new Long[sums.size()];
        int i = 0;
        for (Map.Entry<Key, Long> e : sums.entrySet()) {
            receipt[i] = e.getKey().receiptDay();
            day[i] = e.getKey().day();
            figure[i] = e.getKey().figure();
            n[i++] = e.getValue();
        }
        return Sql.execute(tx, statement, receipt, day, figure, n);
    }
}
