package io.redress.resolution.sla;

import io.redress.resolution.sla.BusinessCalendar.Period;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A team's business calendar as written in a JSON document, checked with {@link #violations} before it is used.
 *
 * @param zone a time zone id such as {@code Europe/Berlin}
 * @param week periods by upper-case day name, each written {@code HH:MM-HH:MM} with {@code 24:00} for end of day
 * @param holidays whole days off, as ISO dates such as {@code 2026-12-25}
 */
public record CalendarSpec(String zone, Map<String, List<String>> week, List<String> holidays) {

    private static final String TIME = "(?:[01]\\d|2[0-3]):[0-5]\\d|24:00";
    private static final Pattern PERIOD = Pattern.compile("(" + TIME + ")-(" + TIME + ")");
    private static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();

    public CalendarSpec {
        // Copies keep the record immutable; they keep nulls too, so that violations can name them.
        if (week != null) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            week.forEach((day, periods) -> copy.put(day, periods == null ? null : copyOf(periods)));
            week = Collections.unmodifiableMap(copy);
        }
        holidays = holidays == null ? null : copyOf(holidays);
    }

    /**
     * Every problem of this spec at once, in document order, each located below {@code pointer}, the JSON pointer of
     * the spec itself ({@code ""} for a document's root); empty if {@link #toCalendar} will succeed.
     */
    public List<Violation> violations(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        List<Violation> found = new ArrayList<>();
        checkZone(pointer + "/zone", found);
        checkWeek(pointer + "/week", found);
        checkHolidays(pointer + "/holidays", found);
        return List.copyOf(found);
    }

    /** @throws IllegalArgumentException if the spec has violations, naming them all */
    public BusinessCalendar toCalendar() {
        List<Violation> found = violations("");
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("invalid business calendar: " + found.stream()
                    .map(violation -> violation.pointer() + " " + violation.reason())
                    .collect(Collectors.joining("; ")));
        }
        Map<DayOfWeek, List<Period>> schedule = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, periods) -> schedule.put(DayOfWeek.valueOf(day),
                periods.stream().map(CalendarSpec::parse).toList()));
        return new BusinessCalendar(ZoneId.of(zone), schedule,
                holidays.stream().map(LocalDate::parse).collect(Collectors.toSet()));
    }

    private void checkZone(String at, List<Violation> found) {
        if (zone == null) {
            found.add(new Violation(at, "is required: a time zone such as Europe/Berlin"));
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            found.add(new Violation(at, "'" + zone + "' is not a time zone such as Europe/Berlin"));
        }
    }

    private void checkWeek(String at, List<Violation> found) {
        if (week == null) {
            found.add(new Violation(at, "is required: the periods of each working day, such as MONDAY: [09:00-17:00]"));
            return;
        }
        int periods = 0;
        for (Map.Entry<String, List<String>> day : week.entrySet()) {
            String dayAt = at + "/" + escape(day.getKey());
            boolean known = DAYS.contains(day.getKey());
            if (!known) {
                found.add(new Violation(dayAt, "unknown day '%s' (expected one of %s)"
                        .formatted(day.getKey(), String.join(", ", DAYS))));
            }
            if (day.getValue() == null) {
                found.add(new Violation(dayAt, "must be a list of periods (empty for a day off), not null"));
            } else {
                checkDay(dayAt, day.getValue(), found);
                periods += known ? day.getValue().size() : 0;
            }
        }
        if (periods == 0) {
            found.add(new Violation(at, "has no period: a calendar needs at least one working period in its week"));
        }
    }

    // Each period is checked on its own, then against the well-formed ones listed before it on the same day.
    private static void checkDay(String at, List<String> texts, List<Violation> found) {
        List<Period> earlier = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String periodAt = at + "/" + i;
            Matcher bounds = text == null ? null : PERIOD.matcher(text);
            if (bounds == null || !bounds.matches()) {
                found.add(new Violation(periodAt, text == null ? "must be a period such as 09:00-17:00, not null"
                        : "'" + text + "' is not a period written HH:MM-HH:MM, from 00:00 to 24:00"));
            } else if (!time(bounds.group(1)).isBefore(time(bounds.group(2)))) {
                found.add(new Violation(periodAt, "period " + text + " must end after it starts"));
            } else {
                Period period = parse(text);
                earlier.stream().filter(other -> overlap(other, period)).forEach(other -> found.add(
                        new Violation(periodAt, "periods " + other + " and " + period + " overlap")));
                earlier.add(period);
            }
        }
    }

    private void checkHolidays(String at, List<Violation> found) {
        if (holidays == null) {
            found.add(new Violation(at, "must be a list of ISO dates (empty for none), not null"));
            return;
        }
        for (int i = 0; i < holidays.size(); i++) {
            String text = holidays.get(i);
            if (text == null) {
                found.add(new Violation(at + "/" + i, "must be an ISO date such as 2026-12-25, not null"));
                continue;
            }
            try {
                LocalDate.parse(text);
            } catch (DateTimeException e) {
                found.add(new Violation(at + "/" + i, "'" + text + "' is not an ISO date such as 2026-12-25"));
            }
        }
    }

    private static Period parse(String text) {
        Matcher bounds = PERIOD.matcher(text);
        bounds.matches();
        return new Period(time(bounds.group(1)), time(bounds.group(2)));
    }

    private static LocalTime time(String text) {
        return text.equals("24:00") ? Period.END_OF_DAY : LocalTime.parse(text);
    }

    private static boolean overlap(Period a, Period b) {
        return a.from().isBefore(b.to()) && b.from().isBefore(a.to());
    }

    // RFC 6901: a key's "~" and "/" are escaped so that the pointer still names exactly that key.
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> copyOf(List<String> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
