package io.redress.resolution.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The time during which an SLA clock runs: calendar time, or a team's weekly business periods in its zone minus its
 * holidays.
 *
 * <p>Business time is the real time elapsed between the instants of each period's local bounds, each resolved with
 * {@link ZonedDateTime#of} (a time in a spring gap moves later by the gap, a time in an autumn overlap takes the
 * earlier offset). Counting instants rather than wall-clock minutes measures what the team actually worked: on a
 * daylight saving change a night period 01:00-05:00 lasts 3 h in spring and 5 h in autumn, 09:00-17:00 8 h either way.
 *
 * @param zone the zone in which the periods and holidays are local times
 * @param week the periods of each day of the week, sorted; a day off is absent
 * @param holidays whole local days off
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Period>> week, Set<LocalDate> holidays) {

    /** Calendar time: around the clock every day, no holidays, so {@link #dueAt} is plain {@link Instant#plus}. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneOffset.UTC, aroundTheClock(), Set.of());

    // Scans are bounded so that an allowance the calendar cannot provide in 20 years fails instead of looping on.
    private static final int MAX_DAYS = 20 * 366;

    /** @throws IllegalArgumentException if the week has no period, or two periods of a day overlap */
    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        week = sorted(Objects.requireNonNull(week, "week"));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        if (week.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one period in its week");
        }
    }

    /**
     * The instant at which {@code allowance} of business time has elapsed since {@code start}, which may lie anywhere
     * (outside a period, on a weekend or a holiday). A zero allowance is due at {@code start} itself, even outside
     * business time: nothing has to elapse. Otherwise it is the earliest such instant, so an allowance that ends
     * exactly at a closing is due at that closing, not at the next opening.
     *
     * @throws IllegalArgumentException if {@code allowance} is negative
     * @throws IllegalStateException if the calendar does not provide {@code allowance} within 20 years
     */
    public Instant dueAt(Instant start, Duration allowance) {
        if (allowance.isNegative()) {
            throw new IllegalArgumentException("an allowance must not be negative: " + allowance);
        }
        if (allowance.isZero() || calendarTime()) {
            return start.plus(allowance);
        }
        Walk walk = walk(start, start.plus(Duration.ofDays(MAX_DAYS)), allowance);
        if (walk.counted().compareTo(allowance) < 0) {
            throw new IllegalStateException("%s of business time is not reached within %d days of %s in %s"
                    .formatted(allowance, MAX_DAYS, start, this));
        }
        return walk.reached();
    }

    /**
     * The same time of day on the {@code days}-th working day after the moment the clock starts (the start itself,
     * or the next opening when it falls outside business time): "within 3 days" as a customer of a team that works
     * office hours reads it. Counted in hours, the 72 h of 3 days would take nine 8-hour days. In calendar time,
     * {@code days} times 24 hours.
     */
    public Instant workingDaysLater(Instant start, long days) {
        if (days <= 0 || calendarTime()) {
            return start.plus(Duration.ofDays(Math.max(0, days)));
        }
        ZonedDateTime from = walk(start, start.plus(Duration.ofDays(MAX_DAYS)), Duration.ofNanos(1)).reached()
                .minusNanos(1).atZone(zone);
        LocalDate date = from.toLocalDate();
        for (long counted = 0, scanned = 0; counted < days; scanned++) {
            if (scanned > MAX_DAYS) {
                throw new IllegalStateException("%d working days are not reached within %d days of %s in %s"
                        .formatted(days, MAX_DAYS, start, this));
            }
            date = date.plusDays(1);
            if (!periodsOn(date).isEmpty()) {
                counted++;
            }
        }
        return ZonedDateTime.of(date, from.toLocalTime(), zone).toInstant();
    }

    /**
     * The business time elapsed in [{@code from}, {@code to}), zero if {@code to} is not after {@code from}.
     *
     * @throws IllegalStateException if the two instants lie more than 20 years apart (outside calendar time)
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(from, to);
        if (calendarTime()) {
            return elapsed;
        }
        if (elapsed.toDays() > MAX_DAYS) {
            throw new IllegalStateException("will not count business time over more than %d days: %s to %s"
                    .formatted(MAX_DAYS, from, to));
        }
        // Business time never exceeds the elapsed time, so that budget is only spent if all of it is business time.
        return walk(from, to, elapsed).counted();
    }

    /**
     * Whether this is plain calendar time: around the clock every day and no holiday. Consecutive days then tile the
     * time line whatever the zone (a day ends at the instant the next one starts), so no scan is needed.
     */
    public boolean calendarTime() {
        return holidays.isEmpty() && week.size() == DayOfWeek.values().length
                && week.values().stream().allMatch(List.of(Period.ALL_DAY)::equals);
    }

    /**
     * Counts business time from {@code start} until {@code budget} is spent or {@code end} is reached. Each span is
     * clipped to begin where the count stands, which skips what lies before the start and also any overlap that
     * gap shifts create between periods. A day's period can end past the next midnight's instant when a gap shifts
     * its end, so the scan begins a day early.
     */
    private Walk walk(Instant start, Instant end, Duration budget) {
        Duration left = budget;
        Instant cursor = start;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Period period : periodsOn(day)) {
                Instant open = latest(at(day, period.from()), cursor);
                Instant close = earliest(at(day, period.to()), end);
                if (open.isBefore(close)) {
                    Duration length = Duration.between(open, close);
                    if (left.compareTo(length) <= 0) {
                        return new Walk(open.plus(left), budget);
                    }
                    left = left.minus(length);
                    cursor = close;
                }
            }
        }
        return new Walk(cursor, budget.minus(left));
    }

    private record Walk(Instant reached, Duration counted) {
    }

    private List<Period> periodsOn(LocalDate day) {
        return holidays.contains(day) ? List.of() : week.getOrDefault(day.getDayOfWeek(), List.of());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return time.equals(Period.END_OF_DAY)
                ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                : ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<DayOfWeek, List<Period>> sorted(Map<DayOfWeek, List<Period>> week) {
        Map<DayOfWeek, List<Period>> sorted = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, periods) -> {
            List<Period> ordered = new ArrayList<>(periods);
            ordered.sort(Comparator.comparing(Period::from));
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i).from().isBefore(ordered.get(i - 1).to())) {
                    throw new IllegalArgumentException("periods %s and %s overlap on %s"
                            .formatted(ordered.get(i - 1), ordered.get(i), day));
                }
            }
            if (!ordered.isEmpty()) {
                sorted.put(day, List.copyOf(ordered));
            }
        });
        return Collections.unmodifiableMap(sorted);
    }

    private static Map<DayOfWeek, List<Period>> aroundTheClock() {
        return Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(day -> day, day -> List.of(Period.ALL_DAY)));
    }

    /**
     * A half-open stretch [from, to) of a day's local time; {@code to} = {@link #END_OF_DAY} means until midnight.
     */
    public record Period(LocalTime from, LocalTime to) {

        /** As {@code to}: up to the next midnight (written 24:00), the last nanosecond of the day included. */
        public static final LocalTime END_OF_DAY = LocalTime.MAX;

        /** The whole day, 00:00-24:00. */
        public static final Period ALL_DAY = new Period(LocalTime.MIDNIGHT, END_OF_DAY);

        /** @throws IllegalArgumentException unless {@code from} is before {@code to} */
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("period %s-%s must end after it starts"
                        .formatted(text(from), text(to)));
            }
        }

        @Override
        public String toString() {
            return text(from) + "-" + text(to);
        }

        private static String text(LocalTime time) {
            return time.equals(END_OF_DAY) ? "24:00" : time.toString();
        }
    }
}
