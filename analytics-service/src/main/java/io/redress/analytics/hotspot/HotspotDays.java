package io.redress.analytics.hotspot;

import io.redress.analytics.facts.ComplaintFact;
import io.redress.analytics.query.Window;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The {@code analytics_hotspot_day} and {@code analytics_hotspot_month} tables: complaints per receipt day and filing
 * day (UTC dates), and per receipt month and filing month, for each value of a dimension fixed at the filing: a
 * component with its version, a channel, a category, an employee. Hot spots over those dimensions add up the window's
 * whole receipt months filed before asOf's month, its other whole days filed before asOf's day, and read only the
 * rest from the facts (the window's partial days, the filings of asOf's own day): two years at a million complaints
 * are a few thousand month rows and the edges' day rows instead of a million facts. Written by {@code complaint-facts}
 * at each complaint's filing; a value is stored as {@code '='} and the value, no value as {@code ''}.
 */
public final class HotspotDays {

    public static final String TABLE = "analytics_hotspot_day";
    public static final String MONTH_TABLE = "analytics_hotspot_month";

    /** The dimensions kept per day, with the filing's value of each (the second only for the component's version). */
    enum Kept {
        COMPONENT("component", ComplaintFact::component, ComplaintFact::componentVersion),
        CHANNEL("channel", f -> f.channel().name(), f -> null),
        CATEGORY("category", ComplaintFact::category, f -> null),
        EMPLOYEE("employee", ComplaintFact::employeeId, f -> null);

        final String name;
        final Function<ComplaintFact, String> first;
        final Function<ComplaintFact, String> second;

        Kept(String name, Function<ComplaintFact, String> first, Function<ComplaintFact, String> second) {
            this.name = name;
            this.first = first;
            this.second = second;
        }

        /** The kept dimension that answers this grouping, or null: the component's for its versions and for itself. */
        static Kept answering(Grouping grouping) {
            if (grouping.design() == Grouping.Design.NESTED) {
                return COMPONENT;
            }
            if (grouping.design() != Grouping.Design.SINGLE) {
                return null;
            }
            return switch (grouping.first()) {
                case COMPONENT -> COMPONENT;
                case CHANNEL -> CHANNEL;
                case CATEGORY -> CATEGORY;
                case EMPLOYEE -> EMPLOYEE;
                default -> null;
            };
        }
    }

    /**
     * The counts of a kept dimension, encoded as stored and decoded once summed: the window's whole receipt months
     * filed before asOf's month ($11 to $12, $13), its other whole days filed before asOf's day ($5 to $11 and $12 to
     * $6, $7) and those of its whole months filed in asOf's month before its day; from the facts the window's partial
     * days (from $1 to $8 and from $9 to $2) and the complaints of its whole days filed in asOf's day up to asOf (from
     * $10 to $3). $4 names the dimension; a component alone sums over its versions.
     */
    private static final String COUNTS = """
            with counts as (
              select d.first as first, %3$s as second, d.n as n from analytics_hotspot_month d
              where d.dimension = $4 and d.receipt_month >= $11 and d.receipt_month < $12 and d.filed_month < $13
              union all
              select d.first, %3$s, d.n from analytics_hotspot_day d
              where d.dimension = $4 and d.receipt_day >= $5 and d.receipt_day < $11 and d.filed_day < $7
              union all
              select d.first, %3$s, d.n from analytics_hotspot_day d
              where d.dimension = $4 and d.receipt_day >= $12 and d.receipt_day < $6 and d.filed_day < $7
              union all
              select d.first, %3$s, d.n from analytics_hotspot_day d
              where d.dimension = $4 and d.filed_day >= $13 and d.filed_day < $7
                and d.receipt_day >= $11 and d.receipt_day < $12
              union all
              select %1$s, %2$s, 1 from analytics_complaint c
              where c.received_at >= $1 and c.received_at < $8 and c.filed_at <= $3
              union all
              select %1$s, %2$s, 1 from analytics_complaint c
              where c.received_at >= $9 and c.received_at < $2 and c.filed_at <= $3
              union all
              select %1$s, %2$s, 1 from analytics_complaint c
              where c.filed_at >= $10 and c.filed_at <= $3 and c.received_at >= $8 and c.received_at < $9),
            sums as (select first, second, sum(n)::bigint as complaints from counts group by 1, 2)
            select case when first = '' then null else substr(first, 2) end as first,
                   case when second = '' then null else substr(second, 2) end as second, complaints,
                   null::timestamptz as first_received, null::timestamptz as last_received
            from sums""";

    /** The statement counting a grouping that {@link Kept#answering} names. */
    static String counts(Grouping grouping) {
        List<Dimension> dimensions = grouping.dimensions();
        return COUNTS.formatted(encoded(dimensions.getFirst().sql()),
                dimensions.size() == 2 ? encoded(dimensions.get(1).sql()) : "''",
                dimensions.size() == 2 ? "d.second" : "''");
    }

    /** The parameters of {@link #counts}: the window, the dimension, and the days and months that split it. */
    static Object[] parameters(Window window, Kept kept) {
        Object[] at = window.parameters();
        Instant from = window.from() == null ? Window.BEGINNING : window.from();
        Instant to = window.to() == null ? Window.END : window.to();
        LocalDate firstDay = day(from.plus(Duration.ofDays(1)).minusNanos(1));
        LocalDate endDay = day(to);
        if (!firstDay.isBefore(endDay)) {
            firstDay = endDay;
        }
        LocalDate firstMonth = firstDay.getDayOfMonth() == 1 ? firstDay : month(firstDay).plusMonths(1);
        LocalDate endMonth = month(endDay);
        if (!firstMonth.isBefore(endMonth)) {
            firstMonth = endDay;
            endMonth = endDay;
        }
        Instant wholeFrom = firstDay.equals(endDay) ? to : start(firstDay);
        Instant wholeTo = firstDay.equals(endDay) ? to : start(endDay);
        LocalDate asOfDay = day(window.asOf());
        return new Object[] {at[0], at[1], at[2], kept.name, firstDay, endDay, asOfDay, Sql.time(wholeFrom),
                Sql.time(wholeTo), Sql.time(start(asOfDay)), firstMonth, endMonth, month(asOfDay)};
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String encoded(String column) {
        return "coalesce('=' || " + column + ", '')";
    }

    private record Key(String dimension, LocalDate receipt, LocalDate filed, String first, String second) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::dimension).thenComparing(Key::receipt)
            .thenComparing(Key::filed).thenComparing(Key::first).thenComparing(Key::second);

    private final Map<Key, Long> days = new TreeMap<>(ORDER);
    private final Map<Key, Long> months = new TreeMap<>(ORDER);

    /** Counts a newly filed complaint once in every kept dimension, by its days and by their months. */
    public void filed(ComplaintFact fact) {
        LocalDate receipt = day(fact.receivedAt());
        LocalDate filed = day(fact.filedAt());
        for (Kept kept : Kept.values()) {
            String first = stored(kept.first.apply(fact));
            String second = stored(kept.second.apply(fact));
            days.merge(new Key(kept.name, receipt, filed, first, second), 1L, Long::sum);
            months.merge(new Key(kept.name, month(receipt), month(filed), first, second), 1L, Long::sum);
        }
    }

    /** Adds the counts to the tables, in key order so that two writers wait for each other rather than deadlock. */
    public Uni<Void> write(SqlClient tx) {
        return add(tx, TABLE, "receipt_day, filed_day", days)
                .chain(() -> add(tx, MONTH_TABLE, "receipt_month, filed_month", months));
    }

    private static Uni<Void> add(SqlClient tx, String table, String dates, Map<Key, Long> counts) {
        if (counts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = counts.size();
        String[] dimension = new String[n];
        LocalDate[] receipt = new LocalDate[n];
        LocalDate[] filed = new LocalDate[n];
        String[] first = new String[n];
        String[] second = new String[n];
        Long[] count = new Long[n];
        int i = 0;
        for (Map.Entry<Key, Long> e : counts.entrySet()) {
            dimension[i] = e.getKey().dimension();
            receipt[i] = e.getKey().receipt();
            filed[i] = e.getKey().filed();
            first[i] = e.getKey().first();
            second[i] = e.getKey().second();
            count[i++] = e.getValue();
        }
        return Sql.execute(tx, """
                insert into %1$s (dimension, %2$s, first, second, n)
                select * from unnest($1::text[], $2::date[], $3::date[], $4::text[], $5::text[], $6::int8[])
                on conflict (dimension, %2$s, first, second) do update set n = %1$s.n + excluded.n"""
                .formatted(table, dates), dimension, receipt, filed, first, second, count);
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static String stored(String value) {
        return value == null ? "" : "=" + value;
    }
}
