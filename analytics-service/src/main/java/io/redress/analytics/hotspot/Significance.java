package io.redress.analytics.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Whether a cell stands out, pure. Each cell gets a score, the z value of its count against what was expected (for
 * ranking and reading), and, where the score is above 1, an exact one-sided p-value: the chance of at least its
 * count if nothing stood out. A cell is flagged when that p-value is at most {@code alpha / tested} (Bonferroni's
 * correction for testing many cells) and it holds at least {@code minCount} complaints. Exact tails, not the normal
 * approximation: with a few complaints per cell the approximation flags uniform traffic.
 * <ul>
 * <li>One dimension: each value is expected to get its share s of the N complaints: an hour or a weekday its share
 * of the window's time ({@link Exposure}), any other value 1/k of the k values seen; e = N·s, score
 * (n − e) / √(e (1 − s)); p = P(X ≥ n), X binomial(N, s). k values are tested.</li>
 * <li>Two crossed dimensions: the row × column expectation e = R·C / N; score the adjusted standardised residual
 * (n − e) / √(e (1 − R/N) (1 − C/N)); p = P(X ≥ n), X hypergeometric (N complaints, R in the row, C drawn for the
 * column): the cell compared with its own row and column. Every row × column cell counts as tested.</li>
 * <li>A component's versions: each version (with complaints) against the version before it of the same component
 * in version order. Without install-base figures both are assumed equally exposed, so under no change the pair's
 * complaints split evenly: e = (n_before + n) / 2, score (n − n_before) / √(n_before + n), p = P(X ≥ n),
 * X binomial(n_before + n, 1/2).</li>
 * </ul>
 *
 * @param alpha    the chance of flagging anything in traffic without a hot spot
 * @param minCount the fewest complaints a flagged cell holds
 */
public record Significance(double alpha, long minCount) {

    /** Below this score a p-value cannot be small enough to flag, so it is not computed. */
    private static final double WORTH_TESTING = 1.0;

    /** The complaints of one cell. */
    public record Count(String first, String second, long count) {
    }

    /** A cell with its test; expected, score and pValue are null where there is nothing to compare. */
    public record Scored(String first, String second, long count, Double expected, Double score, Double pValue,
            boolean flagged) {
    }

    /** The cells scored, how many cells the correction counts, and the p-value a flagged cell is at or below. */
    public record Result(List<Scored> cells, int tested, Double limit) {
    }

    /**
     * @param shares for a single dimension, each value's expected share of the complaints (an hour's share of the
     *               window, from {@link Exposure}); null: an equal share for each value seen
     */
    public Result apply(Grouping.Design design, List<Count> counts, Map<String, Double> shares) {
        return switch (design) {
            case SINGLE -> single(counts, shares);
            case CROSSED -> crossed(counts);
            case NESTED -> nested(counts);
        };
    }

    private Result single(List<Count> counts, Map<String, Double> shares) {
        long n = counts.stream().mapToLong(Count::count).sum();
        int k = shares != null ? shares.size() : counts.size();
        List<Scored> cells = new ArrayList<>();
        for (Count cell : counts) {
            double share = shares != null ? shares.getOrDefault(cell.first(), 0.0) : 1.0 / k;
            double e = n * share;
            cells.add(scored(cell, e, e * (1 - share), k, () -> upper((int) n, share, cell.count())));
        }
        return sorted(cells, k);
    }

    private Result crossed(List<Count> counts) {
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> columns = new TreeMap<>();
        long total = 0;
        for (Count cell : counts) {
            rows.merge(cell.first(), cell.count(), Long::sum);
            columns.merge(cell.second(), cell.count(), Long::sum);
            total += cell.count();
        }
        int tested = rows.size() * columns.size();
        long n = total;
        List<Scored> cells = new ArrayList<>();
        for (Count cell : counts) {
            long r = rows.get(cell.first());
            long c = columns.get(cell.second());
            double e = (double) r * c / n;
            cells.add(scored(cell, e, e * (1 - (double) r / n) * (1 - (double) c / n), tested,
                    () -> upper(new HypergeometricDistribution(null, (int) n, (int) r, (int) c), cell.count())));
        }
        return sorted(cells, tested);
    }

    private Result nested(List<Count> counts) {
        Map<String, List<Count>> byComponent = new LinkedHashMap<>();
        counts.forEach(cell -> byComponent.computeIfAbsent(cell.first(), any -> new ArrayList<>()).add(cell));
        int tested = byComponent.values().stream().mapToInt(versions -> versions.size() - 1).sum();
        List<Scored> cells = new ArrayList<>();
        for (List<Count> versions : byComponent.values()) {
            versions.sort(Comparator.comparing(Count::second, VersionOrder.INSTANCE));
            Count before = null;
            for (Count version : versions) {
                if (before == null) {
                    cells.add(new Scored(version.first(), version.second(), version.count(), null, null, null,
                            false));
                } else {
                    int pair = (int) (before.count() + version.count());
                    cells.add(scored(version, pair / 2.0, pair / 4.0, tested,
                            () -> upper(pair, 0.5, version.count())));
                }
                before = version;
            }
        }
        return sorted(cells, tested);
    }

    private Scored scored(Count cell, double expected, double variance, int tested,
            DoubleSupplier pValue) {
        if (variance <= 0) {
            return new Scored(cell.first(), cell.second(), cell.count(), expected, null, null, false);
        }
        double score = (cell.count() - expected) / Math.sqrt(variance);
        Double p = score > WORTH_TESTING ? pValue.getAsDouble() : null;
        boolean flagged = p != null && p <= alpha / tested && cell.count() >= minCount;
        return new Scored(cell.first(), cell.second(), cell.count(), expected, score, p, flagged);
    }

    /** P(X ≥ x) for X binomial(n, p): the regularised beta function I_p(x, n − x + 1), precise in the far tail. */
    private static double upper(int n, double p, long x) {
        return x <= 0 ? 1.0 : x > n ? 0.0 : Beta.regularizedBeta(p, x, n - x + 1.0);
    }

    /**
     * P(X ≥ x) for X hypergeometric, summed from x outwards until the terms no longer count: a tested cell lies above
     * the mode (its score is above 1), where the terms only fall, so a few dozen terms give the double's precision
     * where the library's own tail sums every one of the up to min(R, C) terms (a millisecond a cell at 40,000).
     */
    private static double upper(HypergeometricDistribution d, long x) {
        int low = d.getSupportLowerBound();
        int high = d.getSupportUpperBound();
        if (x <= low) {
            return 1.0;
        }
        if (x > high) {
            return 0.0;
        }
        double mode = (d.getSampleSize() + 1.0) * (d.getNumberOfSuccesses() + 1.0) / (d.getPopulationSize() + 2.0);
        if (x <= mode) {
            return d.upperCumulativeProbability((int) x);
        }
        double sum = 0;
        for (int k = (int) x; k <= high; k++) {
            double term = d.probability(k);
            sum += term;
            if (term <= sum * 1e-17) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    private Result sorted(List<Scored> cells, int tested) {
        cells.sort(Comparator.comparing((Scored s) -> s.score() == null ? Double.POSITIVE_INFINITY : -s.score())
                .thenComparing(Scored::count, Comparator.reverseOrder())
                .thenComparing(Scored::first, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Scored::second, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Result(cells, tested, tested < 1 ? null : alpha / tested);
    }
}
