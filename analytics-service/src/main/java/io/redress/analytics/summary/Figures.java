package io.redress.analytics.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures every analytics answer shares, and how they are rounded. A share or a rate is a count over a count,
 * rounded half up to 4 decimals, null when the count under it is 0; a mean is rounded half up to 2 decimals.
 */
public final class Figures {

    private Figures() {
    }

    /**
     * How long complaints took to reach a step: whole seconds from {@code receivedAt} to the step (rounded down,
     * 0 when the step came first), over the complaints that reached it by {@code asOf}.
     *
     * @param p50Seconds nearest-rank 50th percentile: the smallest value with at least half of them at or below it
     * @param p90Seconds nearest-rank 90th percentile
     */
    public record Durations(long count, Long p50Seconds, Long p90Seconds, BigDecimal meanSeconds) {

        static Durations of(long count, Long p50, Long p90, BigDecimal sum) {
            return new Durations(count, p50, p90, mean(sum, count));
        }
    }

    /**
     * A count of complaints out of a count of complaints.
     *
     * @param count the complaints counted
     * @param of    the complaints they are counted among
     * @param rate  count / of, 4 decimals; null when of is 0
     */
    public record Rate(long count, long of, BigDecimal rate) {

        static Rate of(long count, long of) {
            return new Rate(count, of, ratio(count, of));
        }
    }

    /**
     * The satisfaction answers ({@code SatisfactionRecorded}) given by {@code asOf} about the complaints.
     *
     * @param meanScore      the mean score, 2 decimals; null without answers
     * @param satisfied      answers with a score of 4 or 5
     * @param satisfiedShare satisfied / responses, 4 decimals
     */
    public record Satisfaction(long responses, BigDecimal meanScore, long satisfied, BigDecimal satisfiedShare) {

        public static Satisfaction of(long responses, BigDecimal scoreSum, long satisfied) {
            return new Satisfaction(responses, mean(scoreSum, responses), satisfied, ratio(satisfied, responses));
        }
    }

    public static BigDecimal ratio(long count, long of) {
        return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 || sum == null ? null
                : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
