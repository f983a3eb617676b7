package io.redress.analytics.summary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The intervals of a trend laid over the rollup's UTC receipt days. Each boundary (the window's ends and every
 * interval start in the zone between them) is moved to its nearest UTC midnight; an interval is then the day sums of
 * the days between its two midnights, corrected at each end by the complaints received between the boundary and its
 * midnight (added where the midnight comes after the boundary, taken out where it comes before). In UTC the interior
 * boundaries are midnights and need no correction; in a zone a whole number of hours from UTC each needs at most a
 * few hours of timelines.
 *
 * @param bounds    the boundaries, ascending: interval i is {@code [bounds[i], bounds[i+1])}
 * @param starts    each interval's start in the zone (its first instant; the window may start inside it)
 * @param midnights each boundary's nearest UTC midnight
 */
record TrendBounds(List<Instant> bounds, List<Instant> starts, List<Instant> midnights) {

    private static final Duration HALF_DAY = Duration.ofHours(12);

    /** A correction: the receipt times {@code [from, to)} at one boundary, added (+1) or taken out (−1). */
    record Edge(int boundary, Instant from, Instant to, int sign) {
    }

    /** @param from the first receipt time, before {@code to} */
    static TrendBounds of(Instant from, Instant to, Interval interval, ZoneId zone) {
        List<Instant> bounds = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        bounds.add(from);
        Instant start = start(from, interval, zone);
        starts.add(start);
        for (Instant next = next(start, interval, zone); next.isBefore(to); next = next(next, interval, zone)) {
            bounds.add(next);
            starts.add(next);
        }
        bounds.add(to);
        return new TrendBounds(List.copyOf(bounds), List.copyOf(starts),
                bounds.stream().map(TrendBounds::midnight).toList());
    }

    int intervals() {
        return starts.size();
    }

    /** The days the day sums answer: from the first midnight (inclusive) to the last (exclusive). */
    LocalDate firstDay() {
        return RollupWindow.date(midnights.getFirst());
    }

    LocalDate endDay() {
        return RollupWindow.date(midnights.getLast());
    }

    /** The interval a whole receipt day between the first and the last midnight belongs to. */
    int intervalOf(LocalDate day) {
        int found = Collections.binarySearch(midnights, RollupWindow.start(day));
        if (found < 0) {
            return -found - 2;
        }
        while (found + 1 < midnights.size() && midnights.get(found + 1).equals(midnights.get(found))) {
            found++;
        }
        return found;
    }

    /** Whether interval i's days are one week, Monday to Sunday, which its week sum answers when all are settled. */
    boolean isWeek(int i) {
        LocalDate first = RollupWindow.date(midnights.get(i));
        return first.getDayOfWeek() == DayOfWeek.MONDAY
                && RollupWindow.date(midnights.get(i + 1)).equals(first.plusDays(7));
    }

    /** The corrections at the boundaries that are not midnights. */
    List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (int j = 0; j < bounds.size(); j++) {
            Instant b = bounds.get(j);
            Instant m = midnights.get(j);
            if (b.isBefore(m)) {
                edges.add(new Edge(j, b, m, 1));
            } else if (m.isBefore(b)) {
                edges.add(new Edge(j, m, b, -1));
            }
        }
        return edges;
    }

    private static Instant midnight(Instant at) {
        Instant day = RollupWindow.start(RollupWindow.date(at));
        return Duration.between(day, at).compareTo(HALF_DAY) <= 0 ? day : day.plus(Duration.ofDays(1));
    }

    /** The start of the interval holding {@code at}, as PostgreSQL's {@code date_trunc(interval, at, zone)}. */
    private static Instant start(Instant at, Interval interval, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (interval == Interval.WEEK) {
            day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return day.atStartOfDay(zone).toInstant();
    }

    private static Instant next(Instant start, Interval interval, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(start, zone).plusDays(interval == Interval.WEEK ? 7 : 1);
        return day.atStartOfDay(zone).toInstant();
    }
}
