package io.redress.analytics.hotspot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a window each hour of the day or each weekday takes, in a time zone: the share of complaints each is
 * expected to get when nothing stands out. A window of one Tuesday gives Tuesday all of it; a window of whole weeks
 * gives each weekday a seventh; daylight-saving days count their real length.
 */
final class Exposure {

    private Exposure() {
    }

    /**
     * @param start the window's first instant
     * @param end   the instant after its last
     * @return each value's share of the window (hours as "00"–"23", weekdays as "MONDAY"…), only values it holds
     */
    static Map<String, Double> shares(Dimension dimension, Instant start, Instant end, ZoneId zone) {
        Map<String, Long> seconds = new TreeMap<>();
        Instant at = start;
        while (at.isBefore(end)) {
            ZonedDateTime local = at.atZone(zone);
            Instant next = local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            Instant until = next.isAfter(end) ? end : next;
            String value = dimension == Dimension.HOUR ? "%02d".formatted(local.getHour())
                    : local.getDayOfWeek().name();
            seconds.merge(value, Duration.between(at, until).toMillis(), Long::sum);
            at = until;
        }
        long total = seconds.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new TreeMap<>();
        seconds.forEach((value, length) -> shares.put(value, (double) length / total));
        return shares;
    }
}
