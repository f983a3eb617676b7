package io.redress.analytics.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.redress.analytics.hotspot.Significance.Count;
import io.redress.analytics.hotspot.Significance.Result;
import io.redress.analytics.hotspot.Significance.Scored;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    private final Significance test = new Significance(0.01, 5);

    @Test
    void crossed_farTailOfLargeCells_isExactToTheDoublesPrecision() {
        // N 4,000, every row and column 2,000: the top cell's tail is summed from 1,100 outwards until its terms no
        // longer count, against the exact Σ C(2000, x) C(2000, 2000 − x) / C(4000, 2000) over x = 1,100..2,000.
        Result result = test.apply(Grouping.Design.CROSSED, List.of(new Count("a", "x", 1_100),
                new Count("a", "y", 900), new Count("b", "x", 900), new Count("b", "y", 1_100)), null);
        BigInteger tail = BigInteger.ZERO;
        for (int x = 1_100; x <= 2_000; x++) {
            tail = tail.add(choose(2_000, x).multiply(choose(2_000, 2_000 - x)));
        }
        double exact = ratio(tail, choose(4_000, 2_000));
        assertThat(exact).isBetween(1e-12, 1e-8);
        assertThat(result.cells().getFirst().pValue()).isCloseTo(exact, within(exact * 1e-12));
    }

    @Test
    void crossed_scoresEachCellAgainstItsRowAndColumn_withTheExactHypergeometricTail() {
        Result result = test.apply(Grouping.Design.CROSSED, List.of(new Count("a", "x", 30),
                new Count("a", "y", 10), new Count("b", "x", 10), new Count("b", "y", 30)), null);
        // N 80, every row and column 40: e = 40·40/80 = 20, z = (30 − 20) / √(20 · ½ · ½) = 10 / √5.
        Scored top = result.cells().getFirst();
        assertThat(top.expected()).isEqualTo(20.0);
        assertThat(top.score()).isCloseTo(10 / Math.sqrt(5), within(1e-9));
        // P(X ≥ 30) = Σ C(40, x) C(40, 40 − x) / C(80, 40) over x = 30..40.
        BigInteger tail = BigInteger.ZERO;
        for (int x = 30; x <= 40; x++) {
            tail = tail.add(choose(40, x).multiply(choose(40, 40 - x)));
        }
        assertThat(top.pValue()).isCloseTo(ratio(tail, choose(80, 40)), within(1e-12));
        assertThat(result.tested()).isEqualTo(4);
        assertThat(result.limit()).isEqualTo(0.01 / 4);
        assertThat(result.cells()).filteredOn(Scored::flagged).extracting(Scored::first, Scored::second)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "x"),
                        org.assertj.core.groups.Tuple.tuple("b", "y"));
        assertThat(result.cells()).filteredOn(cell -> cell.count() == 10).allSatisfy(cell -> {
            assertThat(cell.score()).isCloseTo(-10 / Math.sqrt(5), within(1e-9));
            assertThat(cell.pValue()).isNull();
        });
    }

    @Test
    void versions_areComparedWithTheVersionBefore_inVersionOrder() {
        Result result = test.apply(Grouping.Design.NESTED, new ArrayList<>(List.of(new Count("homehub", "6.10", 130),
                new Count("homehub", "6.2", 120), new Count("homehub", "6.1", 40), new Count("modem", "2.0", 50))),
                null);
        assertThat(result.tested()).as("6.2 against 6.1, 6.10 against 6.2").isEqualTo(2);
        Scored jump = cell(result, "6.2");
        // e = (40 + 120) / 2 = 80; z = (120 − 40) / √160; p = P(Bin(160, ½) ≥ 120) = Σ C(160, x) / 2^160.
        assertThat(jump.expected()).isEqualTo(80.0);
        assertThat(jump.score()).isCloseTo(80 / Math.sqrt(160), within(1e-9));
        BigInteger tail = BigInteger.ZERO;
        for (int x = 120; x <= 160; x++) {
            tail = tail.add(choose(160, x));
        }
        assertThat(jump.pValue()).isCloseTo(ratio(tail, BigInteger.TWO.pow(160)), within(1e-15));
        assertThat(jump.flagged()).isTrue();
        assertThat(cell(result, "6.10").score()).isCloseTo(10 / Math.sqrt(250), within(1e-9));
        assertThat(cell(result, "6.10").flagged()).isFalse();
        assertThat(cell(result, "6.1").score()).as("the first version has nothing before it").isNull();
        assertThat(cell(result, "2.0").expected()).isNull();
    }

    @Test
    void oneHour_standsOutOfTwentyFourWithTheBinomialTail() {
        List<Count> counts = new ArrayList<>();
        Map<String, Double> shares = new TreeMap<>();
        for (int h = 0; h < 24; h++) {
            counts.add(new Count("%02d".formatted(h), null, h == 9 ? 40 : 10));
            shares.put("%02d".formatted(h), 1 / 24.0);
        }
        Result result = test.apply(Grouping.Design.SINGLE, counts, shares);
        // N = 23·10 + 40 = 270, e = 11.25, z = (40 − 11.25) / √(11.25 · 23/24).
        assertThat(result.cells().getFirst().first()).isEqualTo("09");
        assertThat(result.cells().getFirst().score()).isCloseTo(28.75 / Math.sqrt(11.25 * 23 / 24), within(1e-9));
        assertThat(result.cells()).filteredOn(Scored::flagged).hasSize(1);
    }

    @Test
    void exposure_givesEachHourItsShareOfTheWindow_andADaylightSavingDayItsRealLength() {
        Map<String, Double> day = Exposure.shares(Dimension.HOUR, Instant.parse("2026-11-03T00:00:00Z"),
                Instant.parse("2026-11-05T00:00:00Z"), ZoneOffset.UTC);
        assertThat(day).hasSize(24).allSatisfy((hour, share) -> assertThat(share).isCloseTo(1 / 24.0, within(1e-12)));
        // Berlin, 29 March 2026: 02:00 does not happen, so 23 hours each take 1/23 of the day.
        Map<String, Double> spring = Exposure.shares(Dimension.HOUR, Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"), ZoneId.of("Europe/Berlin"));
        assertThat(spring).hasSize(23).doesNotContainKey("02");
        Map<String, Double> tuesday = Exposure.shares(Dimension.WEEKDAY, Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
        assertThat(tuesday).containsExactly(Map.entry("TUESDAY", 1.0));
    }

    @Test
    void uniformTraffic_flagsAlmostNever_overTwoHundredSeededDays() {
        int daysWithAFlag = 0;
        for (int seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            long[][] cells = new long[24][10];
            for (int i = 0; i < 1_200; i++) {
                cells[random.nextInt(24)][random.nextInt(10)]++;
            }
            List<Count> counts = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                for (int e = 0; e < 10; e++) {
                    if (cells[h][e] > 0) {
                        counts.add(new Count("%02d".formatted(h), "emp-" + e, cells[h][e]));
                    }
                }
            }
            if (test.apply(Grouping.Design.CROSSED, counts, null).cells().stream().anyMatch(Scored::flagged)) {
                daysWithAFlag++;
            }
        }
        // alpha 0.01 bounds the chance of any flag on a day: at most 2 of 200 (none measured; the normal
        // approximation flagged 11).
        assertThat(daysWithAFlag).isLessThanOrEqualTo(2);
    }

    @Test
    void versionOrder_readsNumbersAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("6.10", "6.2.1", "6.2", "6.9", "10.0", "6.2.10"));
        versions.sort(VersionOrder.INSTANCE);
        assertThat(versions).containsExactly("6.2", "6.2.1", "6.2.10", "6.9", "6.10", "10.0");
    }

    private static Scored cell(Result result, String version) {
        return result.cells().stream().filter(cell -> cell.second().equals(version)).findFirst().orElseThrow();
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    private static double ratio(BigInteger a, BigInteger b) {
        return new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
    }
}
