package io.redress.analytics.summary;

import io.redress.analytics.rollup.Contributions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percentiles already read on the rows, kept by what decides them: the durations they rank, as the answer's sums give
 * them ({@link Sums#durations}: count, sum of seconds, {@link Contributions#check checksum} and histogram). Two
 * intervals, or one interval as of two moments, whose durations sum alike hold the same durations (up to a chance
 * collision of the checksum's 40 bits on top of count, sum and histogram), so a percentile read for one is the other's:
 * a chart asked again, or a settled week as of a later moment, takes it from here instead of ranking a bucket's rows.
 * Any change to an interval's durations (a late acknowledgement, an import) changes its sums and so misses. At most
 * {@link #CAPACITY} values (a few MiB), the least recently used dropped first; each instance keeps its own.
 */
final class KnownRanks {

    /** The durations of one metric over one interval as of one moment, as their sums identify them. */
    record Durations(String metric, long count, long sum, long check, long histogram) {
    }

    private record Key(Durations durations, double p) {
    }

    static final int CAPACITY = 20_000;

    private static final Map<Key, Long> KNOWN = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
            return size() > CAPACITY;
        }
    };

    private KnownRanks() {
    }

    /** The p-th percentile of these durations in seconds, if it was read before; null otherwise. */
    static Long get(Durations durations, double p) {
        synchronized (KNOWN) {
            return KNOWN.get(new Key(durations, p));
        }
    }

    static void put(Durations durations, double p, long seconds) {
        synchronized (KNOWN) {
            KNOWN.put(new Key(durations, p), seconds);
        }
    }
}
