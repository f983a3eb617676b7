package io.redress.resolution.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a clock allows, as configured: hours of business time ({@code PT4H}) or working days ({@code P3D}, the
 * same time of day three working days later). ISO-8601, one or the other, never both.
 */
public record Allowance(Duration hours, int workingDays) {

    private static final Pattern DAYS = Pattern.compile("P(\\d{1,4})D");

    public static Allowance parse(String text) {
        Matcher days = DAYS.matcher(text.strip());
        if (days.matches()) {
            return new Allowance(null, Integer.parseInt(days.group(1)));
        }
        if (!text.strip().startsWith("PT")) {
            throw new IllegalArgumentException("an SLA allowance is hours (PT4H) or working days (P3D), not " + text);
        }
        Duration hours = Duration.parse(text.strip());
        if (hours.isNegative() || hours.isZero()) {
            throw new IllegalArgumentException("an SLA allowance must be positive, not " + text);
        }
        return new Allowance(hours, 0);
    }

    /** When the clock started at {@code from} in this calendar runs out. */
    public Instant dueAt(BusinessCalendar calendar, Instant from) {
        return hours != null ? calendar.dueAt(from, hours) : calendar.workingDaysLater(from, workingDays);
    }

    @Override
    public String toString() {
        return hours != null ? hours.toString() : "P" + workingDays + "D";
    }
}
