package io.redress.analytics.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.analytics.rollup.Contributions;
import org.junit.jupiter.api.Test;

/** Pure: a percentile read once is reused for the same durations only, whatever their count, sum and histogram. */
class KnownRanksTest {

    private static final String ACK = Contributions.ACK;

    @Test
    void durationsWithTheSameCountSumAndHistogram_butOtherValues_areToldApartByTheirChecksum() {
        // 100,000 s and 100,010 s against 100,004 s and 100,006 s: one bucket (4,096 s wide there), one count, one sum.
        Sums one = sums(100_000, 100_010);
        Sums other = sums(100_004, 100_006);
        assertThat(Contributions.bucket(100_000)).isEqualTo(Contributions.bucket(100_010))
                .isEqualTo(Contributions.bucket(100_004)).isEqualTo(Contributions.bucket(100_006));
        assertThat(one.get(ACK + Contributions.SUM)).isEqualTo(other.get(ACK + Contributions.SUM));

        KnownRanks.put(one.durations(ACK), 0.5, 100_000);

        assertThat(KnownRanks.get(other.durations(ACK), 0.5)).isNull();
        assertThat(KnownRanks.get(sums(100_010, 100_000).durations(ACK), 0.5)).isEqualTo(100_000L);
        assertThat(KnownRanks.get(one.durations(ACK), 0.9)).as("another percentile").isNull();
        assertThat(KnownRanks.get(one.durations(Contributions.RES), 0.5)).as("another metric").isNull();
    }

    @Test
    void durationsThatDifferInTheHistogramOnly_areToldApart() {
        Sums one = sums(20, 30);
        Sums other = sums(20, 30);
        // The same count, sum and checksum with the bucket counts moved: only the histogram's hash differs.
        other.add(ACK + Contributions.BUCKET + Contributions.bucket(20), -1);
        other.add(ACK + Contributions.BUCKET + Contributions.bucket(25), 1);

        assertThat(one.durations(ACK)).isNotEqualTo(other.durations(ACK));
        assertThat(one.durations(ACK)).isEqualTo(sums(30, 20).durations(ACK));
    }

    @Test
    void keepsAtMostItsCapacity_droppingTheLeastRecentlyUsed() {
        Sums first = sums(7, 1_000_001);
        KnownRanks.put(first.durations(ACK), 0.5, 7);
        for (int i = 0; i < KnownRanks.CAPACITY; i++) {
            KnownRanks.put(sums(2_000_000 + i).durations(ACK), 0.5, i);
        }
        assertThat(KnownRanks.get(first.durations(ACK), 0.5)).isNull();
        assertThat(KnownRanks.get(sums(2_000_000 + KnownRanks.CAPACITY - 1).durations(ACK), 0.5))
                .isEqualTo(KnownRanks.CAPACITY - 1L);
    }

    /** The sums of acknowledgements after these durations, as the rollup adds them. */
    private static Sums sums(long... seconds) {
        Sums sums = new Sums();
        for (long s : seconds) {
            sums.add(ACK + Contributions.COUNT, 1);
            sums.add(ACK + Contributions.SUM, s);
            sums.add(ACK + Contributions.BUCKET + Contributions.bucket(s), 1);
            sums.add(ACK + Contributions.CHECK, Contributions.check(s));
        }
        return sums;
    }
}
