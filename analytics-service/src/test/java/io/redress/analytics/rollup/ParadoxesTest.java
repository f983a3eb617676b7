package io.redress.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.analytics.rollup.Paradoxes.Change;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure: one customer's paradox changes, worked out by hand. */
class ParadoxesTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aHappyFirstComplaint_entersItsCohortOnItsResolutionsNinetiethDay_andLeavesWhenAnEarlierOneIsImported() {
        // First complaint: resolved on day 1, answered 5 on day 2. Next one received on day 30, answered 2 on day 40
        // (so known by day 91). A third, received on day 95, is outside the 90 days. On day 100 an import received
        // the day before the first makes itself the first complaint: unresolved, so the customer leaves.
        Timeline first = timeline(T, T, Severity.MAJOR, step(Kind.RESOLVED, 1, 0), step(Kind.SATISFACTION, 2, 5));
        Timeline next = timeline(day(30), day(30), Severity.MINOR, step(Kind.SATISFACTION, 40, 2));
        Timeline third = timeline(day(95), day(95), Severity.MINOR);
        Timeline imported = timeline(day(-1), day(100), Severity.CRITICAL);
        assertThat(Paradoxes.of(List.of(third, next, first, imported))).containsExactly(
                new Change(T, day(91), "MAJOR", true, 1, 1, 1, 2),
                new Change(T, day(100), "MAJOR", true, -1, -1, -1, -2));
    }

    @Test
    void theNextAnswerCountsWhenItComes_andAnUnhappyOrMiddlingFirstAnswerDecidesTheCohort() {
        Timeline first = timeline(T, T, Severity.CRITICAL, step(Kind.RESOLVED, 2, 0), step(Kind.SATISFACTION, 3, 1));
        Timeline next = timeline(day(10), day(10), Severity.MINOR, step(Kind.SATISFACTION, 120, 4));
        assertThat(Paradoxes.of(List.of(first, next))).containsExactly(
                new Change(T, day(92), "CRITICAL", false, 1, 1, 0, 0),
                new Change(T, day(120), "CRITICAL", false, 0, 0, 1, 4));
        Timeline middling = timeline(T, T, Severity.CRITICAL, step(Kind.RESOLVED, 2, 0),
                step(Kind.SATISFACTION, 3, 3));
        assertThat(Paradoxes.of(List.of(middling, next))).isEmpty();
    }

    private static Instant day(int n) {
        return T.plus(Duration.ofDays(n));
    }

    private static Step step(Kind kind, int day, int value) {
        return new Step(kind, day(day), value);
    }

    private static Timeline timeline(Instant received, Instant filed, Severity severity, Step... steps) {
        return new Timeline(UUID.randomUUID(), "c", severity, Channel.EMAIL, "billing", received, filed, false, null,
                null, List.of(steps));
    }
}
