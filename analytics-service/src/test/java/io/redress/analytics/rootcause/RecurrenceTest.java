package io.redress.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final Instant PIVOT = Instant.parse("2026-10-05T06:00:00Z");

    @Test
    void ratesAndTheTest_overTheTimeEachPeriodHasHad() {
        // Two weeks before (10 and 10), and 10 days after: a full week (2) and 3 days of the next (3).
        Recurrence r = Recurrence.of(PIVOT, PIVOT.plus(Duration.ofDays(10)), 2, Map.of(-2, 10L, -1, 10L, 0, 2L, 1, 3L),
                0.05);
        assertThat(r.before()).isEqualTo(20);
        assertThat(r.after()).isEqualTo(5);
        assertThat(r.beforeDays()).isEqualByComparingTo("14");
        assertThat(r.afterDays()).isEqualByComparingTo("10");
        assertThat(r.beforePerWeek()).isEqualByComparingTo("10.00");
        assertThat(r.afterPerWeek()).as("5 · 7 / 10").isEqualByComparingTo("3.50");
        assertThat(r.change()).isEqualByComparingTo("-0.6500");
        assertThat(r.perWeek()).extracting(Recurrence.Week::complaints).containsExactly(10L, 10L, 2L, 3L);
        assertThat(r.perWeek().get(3).days()).isEqualByComparingTo("3");
        // n = 25, after ~ binomial(25, 10/24 = 5/12): P(X ≤ 5) = Σ C(25, k) 5^k 7^(25−k) / 12^25, doubled.
        BigInteger low = BigInteger.ZERO;
        for (int k = 0; k <= 5; k++) {
            low = low.add(choose(25, k).multiply(BigInteger.valueOf(5).pow(k)).multiply(BigInteger.valueOf(7)
                    .pow(25 - k)));
        }
        double expected = 2 * new BigDecimal(low).divide(new BigDecimal(BigInteger.valueOf(12).pow(25)),
                MathContext.DECIMAL128).doubleValue();
        assertThat(r.pValue()).isCloseTo(expected, within(1e-12));
        assertThat(r.significant()).isEqualTo(expected <= 0.05);
    }

    @Test
    void beforeTheFixTookEffect_thereIsNothingToCompare() {
        Recurrence r = Recurrence.of(PIVOT, PIVOT.minus(Duration.ofDays(1)), 1, Map.of(-1, 4L), 0.05);
        assertThat(r.afterDays()).isEqualByComparingTo("0");
        assertThat(r.afterPerWeek()).isNull();
        assertThat(r.pValue()).isNull();
        assertThat(r.significant()).isFalse();
        assertThat(r.beforeDays()).isEqualByComparingTo("6");
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
