package io.redress.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure: what a complaint's steps add to its customer's risk score, worked out by hand. */
class RiskCountsTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void countsEveryResolutionReopeningAndAnswer_keepsTheLatestContactAndTheFirstBreachAndClose() {
        // Steps read out of time order: the second breach and close are earlier than the first ones read; the
        // answers' drivers (bits above the score) do not change what they count as.
        Timeline t = timeline(step(Kind.CONTACT, 5, 0), step(Kind.BREACHED, 9, 0), step(Kind.BREACHED, 3, 0),
                step(Kind.RESOLVED, 10, 1), step(Kind.REOPENED, 11, 0), step(Kind.CONTACT, 2, 0),
                step(Kind.RESOLVED, 12, 4), step(Kind.SATISFACTION, 13, 2 | 15 << 3), step(Kind.SATISFACTION, 14, 3),
                step(Kind.SATISFACTION, 15, 1), step(Kind.SATISFACTION, 16, 5), step(Kind.CLOSED, 20, 0),
                step(Kind.CLOSED, 18, 0), step(Kind.ESCALATED, 30, 2));
        assertThat(RiskCounts.of(t)).isEqualTo(new RiskCounts(2, 1, 2, 1, day(5), day(3), day(18), day(16)));
    }

    @Test
    void aComplaintWithNoCountedStep_countsNothingAndHoldsForAnyMoment() {
        Timeline t = timeline(step(Kind.ASSIGNED, 1, 0), step(Kind.ACKNOWLEDGED, 2, 1));
        assertThat(RiskCounts.of(t)).isEqualTo(new RiskCounts(0, 0, 0, 0, null, null, null, null));
    }

    private static Instant day(int n) {
        return T.plus(Duration.ofDays(n));
    }

    private static Step step(Kind kind, int day, int value) {
        return new Step(kind, day(day), value);
    }

    private static Timeline timeline(Step... steps) {
        return new Timeline(UUID.randomUUID(), "c", Severity.MAJOR, Channel.EMAIL, "billing", T, T, false, null, null,
                List.of(steps));
    }
}
