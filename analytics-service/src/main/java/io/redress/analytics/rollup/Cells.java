package io.redress.analytics.rollup;

import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /** A figure's sum over the complaints received in one UTC hour. */
    record HourKey(Instant receiptHour, String figure) implements Comparable<HourKey> {

        @Override
        public int compareTo(HourKey o) {
            int c = receiptHour.compareTo(o.receiptHour);
            return c != 0 ? c : figure.compareTo(o.figure);
        }
    }

    private final Map<Key, Long> sums = new TreeMap<>();
    private final Map<HourKey, Long> hours = new TreeMap<>();

    static LocalDate day(Instant at) {
        return at == null ? NONE : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    void add(Timeline t, int sign) {
        LocalDate receipt = day(t.receivedAt());
        Instant hour = t.receivedAt().truncatedTo(ChronoUnit.HOURS);
        for (Delta d : Contributions.of(t)) {
            add(new Key(receipt, day(d.at()), d.figure()), sign * d.n());
            hours.merge(new HourKey(hour, d.figure()), sign * d.n(), Long::sum);
        }
    }

    void add(Key key, long n) {
        sums.merge(key, n, Long::sum);
    }

    /**
     * Writes the sums five ways in one statement: per receipt day and contribution day, per receipt day, per receipt
     * week (its Monday), per receipt month (its first day) and per receipt hour; and raises each receipt day's last contribution day to
     * the latest written. A day whose last contribution day is before asOf's is answered by its day sum, a week or a
     * month of such days by its week or month sum. (A day is raised for a sum that fell too: that only ever makes it look less settled than it is.)
     */
    Uni<Void> writeAll(SqlClient tx) {
        return write(tx, """
                with u as (select * from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) as u(d, s, f, n)),
                cells as (
                  insert into analytics_rollup_cell (receipt_day, step_day, figure, n)
                  select d, s, f, n from u order by 1, 2, 3
                  on conflict (receipt_day, step_day, figure) do update set n = analytics_rollup_cell.n + excluded.n),
                days as (
                  insert into analytics_rollup_day (receipt_day, figure, n)
                  select d, f, sum(n) from u group by d, f having sum(n) <> 0 order by 1, 2
                  on conflict (receipt_day, figure) do update set n = analytics_rollup_day.n + excluded.n),
                weeks as (
                  insert into analytics_rollup_week (receipt_week, figure, n)
                  select date_trunc('week', d)::date, f, sum(n) from u group by 1, f having sum(n) <> 0 order by 1, 2
                  on conflict (receipt_week, figure) do update set n = analytics_rollup_week.n + excluded.n),
                months as (
                  insert into analytics_rollup_month (receipt_month, figure, n)
                  select date_trunc('month', d)::date, f, sum(n) from u group by 1, f having sum(n) <> 0 order by 1, 2
                  on conflict (receipt_month, figure) do update set n = analytics_rollup_month.n + excluded.n),
                hours as (
                  insert into analytics_rollup_hour (receipt_hour, figure, n)
                  select * from unnest($5::timestamptz[], $6::text[], $7::int8[])
                  on conflict (receipt_hour, figure) do update set n = analytics_rollup_hour.n + excluded.n)
                insert into analytics_rollup_span (receipt_day, last_day)
                select d, max(s) from u group by d order by 1
                on conflict (receipt_day) do update
                set last_day = greatest(analytics_rollup_span.last_day, excluded.last_day)""", true);
    }

    Uni<Void> writeCustomers(SqlClient tx) {
        return write(tx, """
                insert into analytics_rollup_customer (receipt_day, prev_day, n)
                select d, p, n from unnest($1::date[], $2::date[], $3::text[], $4::int8[]) as u(d, p, f, n)
                order by 1, 2
                on conflict (receipt_day, prev_day) do update set n = analytics_rollup_customer.n + excluded.n""",
                false);
    }

    /** @param withHours whether the statement takes the hour sums too ($5 to $7) */
    private Uni<Void> write(SqlClient tx, String statement, boolean withHours) {
        sums.values().removeIf(n -> n == 0);
        hours.values().removeIf(n -> n == 0);
        if (sums.isEmpty() && (!withHours || hours.isEmpty())) {
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
        if (!withHours) {
            return Sql.execute(tx, statement, receipt, day, figure, n);
        }
        OffsetDateTime[] hour = new OffsetDateTime[hours.size()];
        String[] hourFigure = new String[hours.size()];
        Long[] hourN = new Long[hours.size()];
        int j = 0;
        for (Map.Entry<HourKey, Long> e : hours.entrySet()) {
            hour[j] = Sql.time(e.getKey().receiptHour());
            hourFigure[j] = e.getKey().figure();
            hourN[j++] = e.getValue();
        }
        return Sql.execute(tx, statement, receipt, day, figure, n, hour, hourFigure, hourN);
    }
}
