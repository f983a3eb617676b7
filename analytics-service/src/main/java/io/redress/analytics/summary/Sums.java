package io.redress.analytics.summary;

import io.redress.analytics.query.Window;
import io.redress.analytics.rollup.Contributions;
import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import io.redress.analytics.summary.Figures.Satisfaction;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The summary's figures as sums of {@link Contributions}, added up by {@link RollupReads}. */
final class Sums {

    /** Figure → its running sum, in a one-element array so that adding does not box. */
    private final Map<String, long[]> sums = new HashMap<>(256);
    /** The histograms worked out since the last {@link #add}, by metric. */
    private final Map<String, TreeMap<Integer, Long>> histograms = new HashMap<>(4);

    void add(String figure, long n) {
        long[] sum = sums.get(figure);
        if (sum == null) {
            sums.put(figure, new long[] {n});
        } else {
            sum[0] += n;
        }
        if (!histograms.isEmpty()) {
            histograms.clear();
        }
    }

    /** Every figure's sum, those that came to zero left out. */
    Map<String, Long> all() {
        Map<String, Long> all = new HashMap<>();
        sums.forEach((figure, n) -> {
            if (n[0] != 0) {
                all.put(figure, n[0]);
            }
        });
        return all;
    }

    long get(String figure) {
        long[] sum = sums.get(figure);
        return sum == null ? 0 : sum[0];
    }

    /** The histogram of a duration metric: bucket → complaints, in the order of the durations. */
    TreeMap<Integer, Long> histogram(String metric) {
        return histograms.computeIfAbsent(metric, m -> {
            String prefix = m + Contributions.BUCKET;
            TreeMap<Integer, Long> buckets = new TreeMap<>();
            sums.forEach((figure, n) -> {
                if (n[0] != 0 && figure.startsWith(prefix)) {
                    buckets.put(Integer.parseInt(figure, prefix.length(), figure.length(), 10), n[0]);
                }
            });
            return buckets;
        });
    }

    /**
     * Where the nearest-rank percentile p of a duration metric lies (the ceil(p·n)-th smallest of its n, as
     * PostgreSQL's percentile_disc takes it): its histogram bucket, how many of that bucket's durations come before
     * it, and how many the bucket holds; null when the metric has none.
     */
    long[] locate(String metric, double p) {
        long count = get(metric + Contributions.COUNT);
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long below = 0;
        for (var bucket : histogram(metric).entrySet()) {
            if (below + bucket.getValue() >= rank) {
                return new long[] {bucket.getKey(), rank - below - 1, bucket.getValue()};
            }
            below += bucket.getValue();
        }
        return null;
    }

    /**
     * What identifies the durations of a metric in these sums ({@link KnownRanks}): its count, sum and checksum, and
     * an order-independent hash of all its figures (the histogram among them).
     */
    KnownRanks.Durations durations(String metric) {
        long hash = 0;
        for (Map.Entry<String, long[]> figure : sums.entrySet()) {
            long n = figure.getValue()[0];
            if (n != 0 && figure.getKey().startsWith(metric)) {
                hash += Contributions.check(31L * figure.getKey().hashCode() + n);
            }
        }
        return new KnownRanks.Durations(metric, get(metric + Contributions.COUNT), get(metric + Contributions.SUM),
                get(metric + Contributions.CHECK), hash);
    }

    /** The figures named {@code prefix + value} with a count, by value in order. */
    private Map<String, Long> byValue(String prefix) {
        Map<String, Long> values = new TreeMap<>();
        sums.forEach((figure, n) -> {
            if (n[0] != 0 && figure.startsWith(prefix)) {
                values.put(figure.substring(prefix.length()), n[0]);
            }
        });
        return values;
    }

    Summary summary(Window window, long customers, Durations ack, Durations res, long withRootCause) {
        long filed = get(Contributions.FILED);
        long assigned = get(Contributions.ASSIGNED);
        long repeats = get(Contributions.REPEAT);
        long contacts = get(Contributions.CONTACTS);
        long resolved = get(Contributions.RESOLVED);
        Map<String, Long> levels = new TreeMap<>();
        byValue(Contributions.ESCALATION).forEach((level, n) -> levels.put(level, n));
        return new Summary(window.from(), window.to(), window.asOf(), filed, filed - get(Contributions.SETTLED),
                assigned, filed - assigned, withRootCause, byValue(Contributions.SEVERITY),
                byValue(Contributions.CHANNEL), byValue(Contributions.CATEGORY),
                new Summary.IncidentRate(customers, Figures.ratio(filed, customers), repeats,
                        Figures.ratio(repeats, filed), contacts, Figures.ratio(contacts, filed)),
                ack, res, Rate.of(get(Contributions.BREACHED), filed),
                Rate.of(get(Contributions.FIRST_CONTACT), resolved), Rate.of(get(Contributions.REOPENED), resolved),
                Satisfaction.of(get(Contributions.RESPONSES), BigDecimal.valueOf(get(Contributions.SCORE)),
                        get(Contributions.SATISFIED)), levels);
    }
}
