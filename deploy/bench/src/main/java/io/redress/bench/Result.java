package io.redress.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The figures a benchmark reports; serialised as they are into {@code report.json}. */
final class Result {

    private Result() {
    }

    /** A count over a time: records, rows, complaints or events per second. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    record Rate(long count, double seconds, double perSecond, String unit, long recordBytes, boolean complete,
            String note) {

        static Rate of(long count, long nanos, String unit, long recordBytes) {
            double seconds = nanos / 1e9;
            return new Rate(count, round(seconds), round(count / seconds), unit, recordBytes, true, null);
        }

        /** A phase cut short at its time cap: the rate is what was done by then. */
        static Rate capped(long done, long nanos, String unit, long target) {
            double seconds = nanos / 1e9;
            return new Rate(done, round(seconds), round(done / seconds), unit, 0, false,
                    "cut off at the time cap with %,d of %,d done".formatted(done, target));
        }

        static Rate skipped(String why) {
            return new Rate(0, 0, 0, null, 0, false, why);
        }
    }

    /** Latency percentiles in milliseconds. */
    record Latency(int samples, double p50, double p90, double p95, double p99, double max) {

        static Latency of(List<Double> millis) {
            if (millis.isEmpty()) {
                return new Latency(0, 0, 0, 0, 0, 0);
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return new Latency(sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99),
                    round(sorted[sorted.length - 1]));
        }

        /** Nearest-rank percentile. */
        private static double pct(double[] sorted, double percentile) {
            int rank = (int) Math.ceil(percentile / 100 * sorted.length);
            return round(sorted[Math.max(0, rank - 1)]);
        }
    }

    /** One offered rate of the open-loop latency test. */
    /**
     * A complaint's life in resolution at a fixed offered rate: filing → owner (from the filing's turn), then the
     * acknowledge and resolve calls; {@code resolutionEventsPerSecond} counts the three events resolution emits per
     * complaint, from the first filing to the last resolution.
     */
    /**
     * @param resolveToClosed     from the resolution's answer to follow-up showing the complaint CLOSED (the survey
     *                            answered, the check-in sent a second after the resolution)
     * @param followUpEventsPerSecond the events follow-up appended (its published counter's growth) per second, from
     *                            the first filing to the last close
     */
    record Lifecycle(int offeredPerSecond, int complaints, double achievedPerSecond, int errors,
            Latency fileToAssigned, Latency acknowledge, Latency resolve, int resolved,
            double resolutionEventsPerSecond, Latency answer, Latency resolveToClosed, int closed,
            double followUpEventsPerSecond, boolean complete, String note) {
    }

    record LatencyRun(int offeredPerSecond, int sent, double achievedPerSecond, int errors, int untracked,
            Latency http201, Latency assignedInResolution, Latency countedInAnalytics, boolean drained,
            String note) {

        /** A rate that was not offered, and why. */
        static LatencyRun notRun(int offeredPerSecond, String why) {
            Latency none = Latency.of(List.of());
            return new LatencyRun(offeredPerSecond, 0, 0, 0, 0, none, none, none, false, why);
        }
    }

    /** Throughput of one way of filing complaints, with the per-service rate of handled events. */
    record Pipeline(String path, Rate accepted, Rate processed, Map<String, Rate> perService) {
    }

    /**
     * The CPU seconds each process used while a pipeline ran ({@code path} names it), over {@code wallSeconds} on
     * {@code cores} cores, and the complaints it filed meanwhile.
     */
    record CpuUse(String path, double wallSeconds, int cores, long complaints, Map<String, Double> seconds) {

        double total() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /** One service's rebuild. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Replay(String service, String state, long events, double seconds, double eventsPerSecond,
            int partialAnswers, double incompleteForSeconds, String note) {
    }

    /**
     * Analytics over a view of whole complaint lives written straight to the log: the catch-up, and each question's
     * latencies (one client, in turn).
     */
    record AnalyticsScale(int complaints, long events, Rate catchUp, Map<String, Latency> questions) {
    }

    /** Memory of the processes, in MiB: services and broker RSS, PostgreSQL PSS. */
    record MemoryUse(Map<String, Double> idle, Map<String, Double> peak) {
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
