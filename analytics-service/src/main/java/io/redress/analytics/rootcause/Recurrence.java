package io.redress.analytics.rootcause;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Whether a root cause's problem came back less after its corrective action: the complaints of the same category
 * (and component, when the root cause names one) per week, {@code weeks} weeks before the action took effect
 * ({@code correctedAt}, else {@code identifiedAt}) and as many after, up to asOf. The test compares the two rates:
 * given the n complaints of both periods, with exposures tBefore and tAfter (days), the after count is
 * binomial(n, tAfter / (tBefore + tAfter)) when nothing changed; pValue is two-sided (twice the smaller tail, at
 * most 1), significant when it is at most alpha.
 *
 * @param pivot          when the corrective action took effect
 * @param perWeek        complaints per week, oldest first (week −weeks … weeks − 1; a week cut by asOf counts as far
 *                       as asOf)
 * @param change         (afterPerWeek − beforePerWeek) / beforePerWeek, 4 decimals; null without complaints before
 * @param pValue         null when either period has no time yet or neither has complaints
 */
public record Recurrence(Instant pivot, int weeks, List<Week> perWeek, long before, BigDecimal beforeDays,
        long after, BigDecimal afterDays, BigDecimal beforePerWeek, BigDecimal afterPerWeek, BigDecimal change,
        Double pValue, boolean significant) {

    private static final Duration WEEK = Duration.ofDays(7);

    /** One week: its first instant, its complaints, and how many of its days lie before asOf. */
    public record Week(int week, Instant start, long complaints, BigDecimal days) {
    }

    /**
     * @param counts complaints by week index (0 the first week after the pivot), received before asOf
     */
    static Recurrence of(Instant pivot, Instant asOf, int weeks, Map<Integer, Long> counts, double alpha) {
        List<Week> perWeek = new ArrayList<>();
        long before = 0;
        long after = 0;
        double beforeDays = 0;
        double afterDays = 0;
        for (int w = -weeks; w < weeks; w++) {
            Instant start = pivot.plus(WEEK.multipliedBy(w));
            Instant end = start.plus(WEEK);
            double days = Math.max(0, Duration.between(start, end.isBefore(asOf) ? end : asOf).toSeconds()) / 86_400.0;
            long n = counts.getOrDefault(w, 0L);
            perWeek.add(new Week(w, start, n, decimal(days, 4)));
            if (w < 0) {
                before += n;
                beforeDays += days;
            } else {
                after += n;
                afterDays += days;
            }
        }
        BigDecimal beforeRate = rate(before, beforeDays);
        BigDecimal afterRate = rate(after, afterDays);
        BigDecimal change = beforeRate == null || afterRate == null || beforeRate.signum() == 0 ? null
                : afterRate.subtract(beforeRate).divide(beforeRate, 4, RoundingMode.HALF_UP);
        Double p = pValue(before, beforeDays, after, afterDays);
        return new Recurrence(pivot, weeks, perWeek, before, decimal(beforeDays, 4), after, decimal(afterDays, 4),
                beforeRate, afterRate, change, p, p != null && p <= alpha);
    }

    private static Double pValue(long before, double beforeDays, long after, double afterDays) {
        long n = before + after;
        if (n == 0 || beforeDays <= 0 || afterDays <= 0) {
            return null;
        }
        BinomialDistribution x = new BinomialDistribution(null, (int) n, afterDays / (beforeDays + afterDays));
        double low = x.cumulativeProbability((int) after);
        double high = after == 0 ? 1.0 : 1.0 - x.cumulativeProbability((int) after - 1);
        return Math.min(1.0, 2 * Math.min(low, high));
    }

    private static BigDecimal rate(long count, double days) {
        return days <= 0 ? null : decimal(count * 7.0 / days, 2);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
