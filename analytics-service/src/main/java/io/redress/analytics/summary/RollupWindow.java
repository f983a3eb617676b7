package io.redress.analytics.summary;

import io.redress.analytics.query.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A summary window split for the rollup: the whole UTC days of receipt the day sums answer, and the edges (at most
 * a part of a day at each end) read from the complaints' timelines. The window ends at asOf: a complaint received
 * later was filed later ({@code receivedAt} is never after the filing), so it counts for nothing.
 *
 * @param from       the first receipt time, {@link Window#BEGINNING} when unbounded
 * @param to         the end of receipt times, exclusive, at most just after asOf
 * @param firstDay   the first whole day; null when there are none
 * @param endDay     the day after the last whole day
 * @param lowerEdge  receipt times [from, lowerEdge) are read from timelines (equal when there is no lower edge)
 * @param upperEdge  receipt times [upperEdge, to) are read from timelines (equal when there is no upper edge)
 * @param asOfDay    asOf's UTC date; the sums per contribution day are taken up to the midnight nearer asOf (its
 *                   start or its end), and the steps between that midnight and asOf are added or taken out
 * @param asOfDayEnd the end of asOf's UTC date
 */
public record RollupWindow(Instant from, Instant to, boolean bounded, LocalDate firstDay, LocalDate endDay,
        Instant lowerEdge, Instant upperEdge, Instant asOf, LocalDate asOfDay, Instant asOfDayEnd) {

    public static RollupWindow of(Window window) {
        Instant asOf = window.asOf();
        Instant from = window.from() == null ? Window.BEGINNING : window.from();
        Instant to = min(window.to() == null ? Window.END : window.to(), asOf.plus(1, ChronoUnit.MICROS));
        if (!from.isBefore(to)) {
            to = from;
        }
        LocalDate firstDay = start(from).equals(from) ? date(from) : date(from).plusDays(1);
        LocalDate endDay = date(to);
        LocalDate asOfDay = date(asOf);
        Instant asOfDayEnd = start(asOfDay.plusDays(1));
        if (!firstDay.isBefore(endDay)) {
            return new RollupWindow(from, to, window.from() != null, null, null, to, to, asOf, asOfDay, asOfDayEnd);
        }
        return new RollupWindow(from, to, window.from() != null, firstDay, endDay, start(firstDay), start(endDay),
                asOf, asOfDay, asOfDayEnd);
    }

    /**
     * Whether asOf lies in the first half of its day: the sums per contribution day are then taken up to the day
     * before and the steps from its start to asOf added, else up to its end and the steps after asOf taken out;
     * either way at most half a day of steps is read one by one.
     */
    boolean early() {
        return asOf.isBefore(start(asOfDay).plus(12, ChronoUnit.HOURS));
    }

    /** The last contribution day whose sums count: the day before asOf's when {@link #early}, else asOf's. */
    LocalDate sumsThrough() {
        return early() ? asOfDay.minusDays(1) : asOfDay;
    }

    Instant asOfDayStart() {
        return start(asOfDay);
    }

    public boolean hasWholeDays() {
        return firstDay != null;
    }

    /** Where the whole days start and end, as instants. */
    Instant wholeStart() {
        return start(firstDay);
    }

    Instant wholeEnd() {
        return start(endDay);
    }

    /** Whether a complaint's previous one came before the window: it is then one of the window's customers. */
    boolean before(Instant previous) {
        return previous == null || bounded && previous.isBefore(from);
    }

    /** The last day of previous complaints counted whole for the customers: before from's day. */
    LocalDate customersBeforeDay() {
        return bounded ? date(from) : LocalDate.of(1, 1, 2);
    }

    /** Whether from falls inside a day, so that the previous complaints of that day are looked at one by one. */
    boolean fromInsideDay() {
        return bounded && !start(from).equals(from);
    }

    Instant fromDayStart() {
        return start(from);
    }

    static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant start(Instant at) {
        return start(date(at));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
