package io.redress.analytics.hotspot;

import io.redress.analytics.facts.ComplaintFact;
import io.redress.analytics.hotspot.Significance.Count;
import io.redress.analytics.query.Window;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The {@code analytics_hotspot_hour} table: per UTC day of receipt, UTC day of filing and employee, the complaints
 * received in each of the day's 24 UTC hours. In a zone whose offset over the counted complaints is a whole number of
 * hours and changes only on whole hours (UTC, Europe and the Americas today; not India or Nepal), every instant of a
 * UTC hour has one local hour and one weekday, so hours, weekdays, and their crossings with each other and with the
 * employee are the window's whole days filed before asOf's day, summed in SQL per employee and class of days and each
 * UTC hour put in its local cell here, plus from the facts the window's partial first and last day and the filings
 * of asOf's own day. Thirty days at a million complaints (200 employees) are ~6,000 rows summed into 200 and a few
 * thousand facts instead of 41,000 facts on as many heap pages. Written by {@code complaint-facts} at each
 * complaint's filing; an employee is stored as {@code '='} and the id, none as {@code ''}.
 */
public final class HotspotHours {

    public static final String TABLE = "analytics_hotspot_hour";

    private static final Set<Dimension> KEPT = Set.of(Dimension.HOUR, Dimension.WEEKDAY, Dimension.EMPLOYEE);
    private static final String[] HOURS = IntStream.range(0, 24).mapToObj("%02d"::formatted).toArray(String[]::new);

    /**
     * The first and the last receipt time of the complaints the window counts ($1 to $2, filed by $3, none received
     * after its filing): where an unbounded window's exposure starts and ends, and the span the zone is checked over.
     */
    private static final String EXTENT = """
            select (select min(received_at) from analytics_complaint
                    where received_at >= $1 and received_at < $2 and filed_at <= $3) as first_received,
                   (select max(received_at) from analytics_complaint
                    where received_at >= $1 and received_at < least($2, $3 + interval '1 microsecond')
                      and filed_at <= $3) as last_received""";

    /**
     * The whole receipt days ($3 to $4) filed before asOf's day ($5), summed per employee and per class of days ($1
     * the days, $2 their classes: days whose UTC hours fall in the same local hours and weekdays share one).
     */
    private static final String DAYS = """
            select h.employee, d.class, %s
            from analytics_hotspot_hour h join unnest($1::date[], $2::int4[]) as d(day, class) on d.day = h.receipt_day
            where h.receipt_day >= $3 and h.receipt_day < $4 and h.filed_day < $5
            group by 1, 2""".formatted(IntStream.rangeClosed(1, 24).mapToObj("sum(h.hours[%1$d]) as h%1$d"::formatted)
            .collect(Collectors.joining(", ")));

    /**
     * From the facts: the window's partial days (from $1 to $5, from $6 to $2) and the complaints of its whole days
     * filed on asOf's day (from $7) up to asOf ($3); $4 the zone.
     */
    private static final String EDGES = """
            with c as (
              select * from analytics_complaint c
              where c.received_at >= $1 and c.received_at < $5 and c.filed_at <= $3
              union all
              select * from analytics_complaint c
              where c.received_at >= $6 and c.received_at < $2 and c.filed_at <= $3
              union all
              select * from analytics_complaint c
              where c.filed_at >= $7 and c.filed_at <= $3 and c.received_at >= $5 and c.received_at < $6)
            select %s as first, %s as second, count(*) as complaints from c group by 1, 2""";

    /** Whether the hour sums can answer this grouping: hours or weekdays, crossed with each other or the employee. */
    static boolean answers(Grouping grouping) {
        return KEPT.containsAll(grouping.dimensions())
                && grouping.dimensions().stream().anyMatch(Dimension::usesZone);
    }

    /**
     * The counts, or null when the zone's offsets over the counted complaints are not whole hours changing on whole
     * hours (then the facts answer).
     */
    static Uni<HotspotReads.Counted> count(SqlClient client, Window window, Grouping grouping, ZoneId zone) {
        return Sql.query(client, EXTENT, window.parameters()).chain(extent -> {
            Row row = extent.iterator().next();
            Instant first = Sql.instant(row, "first_received");
            Instant last = Sql.instant(row, "last_received");
            if (first == null) {
                return Uni.createFrom().item(new HotspotReads.Counted(List.of(), 0, null, null));
            }
            if (!wholeHours(zone, hour(first), hour(last).plus(1, ChronoUnit.HOURS))) {
                return Uni.createFrom().nullItem();
            }
            Split split = Split.of(window);
            Classes classes = Classes.of(max(split.firstDay, HotspotDays.day(first)),
                    min(split.endDay, HotspotDays.day(last).plusDays(1)), grouping, zone);
            Map<List<String>, Long> counts = new HashMap<>();
            Uni<Void> days = classes.days.length == 0 ? Uni.createFrom().voidItem()
                    : Sql.query(client, DAYS, classes.days, classes.of, split.firstDay, split.endDay, split.asOfDay)
                            .invoke(rows -> classes.add(rows, grouping.dimensions(), counts)).replaceWithVoid();
            return days.chain(() -> Sql.query(client, edges(grouping), split.parameters(window, zone)))
                    .map(edges -> {
                        edges.forEach(edge -> counts.merge(Arrays.asList(edge.getString("first"),
                                edge.getString("second")), edge.getLong("complaints"), Long::sum));
                        return counted(counts, grouping.dimensions().size(), first, last);
                    });
        });
    }

    /**
     * Whether every instant of {@code [from, to)} is a whole number of hours from UTC and the zone's offset changes
     * only at whole UTC hours in it: then a UTC hour lies in one local hour of one local day.
     */
    static boolean wholeHours(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        if (rules.getOffset(from).getTotalSeconds() % 3_600 != 0) {
            return false;
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
                t = rules.nextTransition(t.getInstant())) {
            if (t.getInstant().getEpochSecond() % 3_600 != 0 || t.getOffsetAfter().getTotalSeconds() % 3_600 != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The window cut at UTC midnights: its whole days {@code [firstDay, endDay)} (none when it holds no whole day:
     * then both are its end's day and the facts count it all), and asOf's day.
     */
    private record Split(LocalDate firstDay, LocalDate endDay, LocalDate asOfDay) {

        static Split of(Window window) {
            Instant from = window.from() == null ? Window.BEGINNING : window.from();
            Instant to = window.to() == null ? Window.END : window.to();
            LocalDate firstDay = HotspotDays.day(from.plus(1, ChronoUnit.DAYS).minusNanos(1));
            LocalDate endDay = HotspotDays.day(to);
            return new Split(firstDay.isBefore(endDay) ? firstDay : endDay, endDay, HotspotDays.day(window.asOf()));
        }

        /** The parameters of {@link #EDGES}. */
        Object[] parameters(Window window, ZoneId zone) {
            Object[] at = window.parameters();
            Instant to = window.to() == null ? Window.END : window.to();
            boolean whole = firstDay.isBefore(endDay);
            return new Object[] {at[0], at[1], at[2], zone.getId(), Sql.time(whole ? start(firstDay) : to),
                Sql.time(whole ? start(endDay) : to), Sql.time(start(asOfDay))};
        }
    }

    private static String edges(Grouping grouping) {
        List<Dimension> dimensions = grouping.dimensions();
        return EDGES.formatted(dimensions.getFirst().sql(),
                dimensions.size() == 2 ? dimensions.get(1).sql() : "null::text");
    }

    /**
     * The whole days with complaints, each with its class: where its 24 UTC hours fall among the zone's values (local
     * hours, weekdays, or hour × weekday), days that place them alike sharing one.
     *
     * @param days    the days, ascending
     * @param of      each day's class
     * @param located each class's place of the 24 UTC hours
     */
    private record Classes(LocalDate[] days, Integer[] of, List<int[]> located, List<Dimension> zoned) {

        static Classes of(LocalDate from, LocalDate to, Grouping grouping, ZoneId zone) {
            List<Dimension> zoned = grouping.dimensions().stream().filter(Dimension::usesZone).toList();
            ZoneRules rules = zone.getRules();
            List<LocalDate> days = new ArrayList<>();
            List<Integer> of = new ArrayList<>();
            Map<List<Integer>, Integer> classes = new LinkedHashMap<>();
            for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                List<Integer> at = Arrays.stream(locate(day, zoned, rules)).boxed().toList();
                days.add(day);
                of.add(classes.computeIfAbsent(at, k -> classes.size()));
            }
            List<int[]> located = classes.keySet().stream()
                    .map(at -> at.stream().mapToInt(Integer::intValue).toArray()).toList();
            return new Classes(days.toArray(LocalDate[]::new), of.toArray(Integer[]::new), located, zoned);
        }

        /**
         * Puts each employee's and class's sums of the 24 UTC hours in the cells of their local hour or weekday: per
         * employee an array over the zone's values, then a cell for each value with complaints.
         */
        void add(RowSet<Row> rows, List<Dimension> dimensions, Map<List<String>, Long> counts) {
            int values = zoned.stream().mapToInt(HotspotHours::size).reduce(1, (x, y) -> x * y);
            Map<String, long[]> byEmployee = new HashMap<>();
            for (Row row : rows) {
                int[] at = located.get(row.getInteger("class"));
                long[] into = byEmployee.computeIfAbsent(row.getString("employee"), e -> new long[values]);
                for (int h = 0; h < 24; h++) {
                    into[at[h]] += row.getLong(h + 2);
                }
            }
            // A value's index is the first zoned dimension's times the second's size plus the second's.
            int[] below = new int[dimensions.size()];
            for (int d = 0; d < below.length; d++) {
                below[d] = zoned.indexOf(dimensions.get(d)) == 0 && zoned.size() == 2 ? size(zoned.get(1)) : 1;
            }
            byEmployee.forEach((stored, n) -> {
                String employee = stored.isEmpty() ? null : stored.substring(1);
                for (int v = 0; v < values; v++) {
                    if (n[v] != 0) {
                        String[] value = new String[2];
                        for (int d = 0; d < dimensions.size(); d++) {
                            Dimension dimension = dimensions.get(d);
                            value[d] = dimension == Dimension.EMPLOYEE ? employee
                                    : name(dimension, v / below[d] % size(dimension));
                        }
                        counts.merge(Arrays.asList(value), n[v], Long::sum);
                    }
                }
            });
        }
    }

    /**
     * Where each UTC hour of a day falls among the zone's values: its local hour, weekday (epoch day 0 was a Thursday),
     * or both; the offset looked up per hour only on a day the zone's offset changes.
     */
    private static int[] locate(LocalDate day, List<Dimension> zoned, ZoneRules rules) {
        long start = day.toEpochDay() * 86_400;
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(start));
        boolean changes = next != null && next.getInstant().getEpochSecond() < start + 86_400;
        int offset = rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
        int[] at = new int[24];
        for (int h = 0; h < 24; h++) {
            long utc = start + h * 3_600L;
            if (changes) {
                offset = rules.getOffset(Instant.ofEpochSecond(utc)).getTotalSeconds();
            }
            long local = utc + offset;
            int index = 0;
            for (Dimension dimension : zoned) {
                index = index * size(dimension) + (dimension == Dimension.HOUR
                        ? (int) (Math.floorMod(local, 86_400) / 3_600)
                        : (int) Math.floorMod(Math.floorDiv(local, 86_400) + 3, 7));
            }
            at[h] = index;
        }
        return at;
    }

    private static int size(Dimension dimension) {
        return dimension == Dimension.HOUR ? 24 : 7;
    }

    /** A value as {@link Dimension#sql} gives it: hours "00"–"23", weekdays "MONDAY"…. */
    private static String name(Dimension dimension, int index) {
        return dimension == Dimension.HOUR ? HOURS[index] : DayOfWeek.of(index + 1).name();
    }

    private static HotspotReads.Counted counted(Map<List<String>, Long> counts, int dimensions, Instant first,
            Instant last) {
        List<Count> cells = new ArrayList<>();
        long excluded = 0;
        for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
            String a = e.getKey().get(0);
            String b = e.getKey().get(1);
            if (HotspotReads.lacksValue(a, b, dimensions)) {
                excluded += e.getValue();
            } else {
                cells.add(new Count(a, b, e.getValue()));
            }
        }
        return new HotspotReads.Counted(cells, excluded, first, last);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant hour(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    private record Key(LocalDate receipt, LocalDate filed, String employee) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::receipt).thenComparing(Key::filed)
            .thenComparing(Key::employee);

    private final Map<Key, int[]> hours = new TreeMap<>(ORDER);

    /** An empty count of the filings of one batch. */
    public HotspotHours() {
    }

    /** Counts a newly filed complaint in its UTC hour of receipt. */
    public void filed(ComplaintFact fact) {
        String employee = fact.employeeId() == null ? "" : "=" + fact.employeeId();
        Key key = new Key(HotspotDays.day(fact.receivedAt()), HotspotDays.day(fact.filedAt()), employee);
        hours.computeIfAbsent(key, k -> new int[24])[fact.receivedAt().atZone(ZoneOffset.UTC).getHour()]++;
    }

    /**
     * Adds the counts to the table hour by hour, in key order so that two writers wait for each other rather than
     * deadlock; the hours travel as one flat array, 24 per row.
     */
    public Uni<Void> write(SqlClient tx) {
        if (hours.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = hours.size();
        LocalDate[] receipt = new LocalDate[n];
        LocalDate[] filed = new LocalDate[n];
        String[] employee = new String[n];
        Integer[] flat = new Integer[n * 24];
        int i = 0;
        for (Map.Entry<Key, int[]> e : hours.entrySet()) {
            receipt[i] = e.getKey().receipt();
            filed[i] = e.getKey().filed();
            employee[i] = e.getKey().employee();
            for (int h = 0; h < 24; h++) {
                flat[i * 24 + h] = e.getValue()[h];
            }
            i++;
        }
        return Sql.execute(tx, """
                insert into analytics_hotspot_hour as t (receipt_day, filed_day, employee, hours)
                select d, f, e, ($4::int4[])[(k - 1) * 24 + 1:k * 24]
                from unnest($1::date[], $2::date[], $3::text[]) with ordinality as u(d, f, e, k)
                on conflict (receipt_day, filed_day, employee) do update set hours = (
                  select array_agg(a + b order by h)
                  from unnest(t.hours, excluded.hours) with ordinality as x(a, b, h))""",
                receipt, filed, employee, flat);
    }
}
