package io.redress.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.analytics.rollup.RiskSpans.Span;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.Channel;
import io.redress.events.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure: one customer's risk factors per span of asOf, worked out by hand from the score's points. */
class RiskSpansTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aMajorComplaint_risesByADayWhileOpen_thenFallsAsItsContactAgesAndLeavesTheYear() {
        Timeline major = timeline(UUID.randomUUID(), Severity.MAJOR, T, T, "100", step(Kind.RESOLVED, hours(60), 0));
        List<Span> spans = RiskSpans.of(List.of(major));
        // severity 10 + recent contact 10 + the open days, until resolved; then 10 + 10, 10 + 5, 10 + 0.
        assertThat(spans).extracting(Span::from).containsExactly(T, days(1), days(2), hours(60), days(30), days(90));
        assertThat(spans).extracting(Span::to)
                .containsExactly(days(1), days(2), hours(60), days(30), days(90), days(365));
        assertThat(spans).extracting(Span::score).containsExactly(20, 21, 22, 20, 15, 10);
        assertThat(spans.getFirst().openSince()).isEqualTo(T);
        assertThat(spans.get(3).openSince()).isNull();
        assertThat(spans).allSatisfy(s -> assertThat(s.lifetimeValue()).isEqualByComparingTo("100"));
    }

    @Test
    void aLateImport_countsFromItsFiling_withItsOpenDaysSinceReceiptAndItsLaterReceiptsValue() {
        Timeline first = timeline(UUID.randomUUID(), Severity.MINOR, T, T, "100", step(Kind.RESOLVED, hours(12), 0));
        Timeline imported = timeline(UUID.randomUUID(), Severity.MINOR, days(1), days(5), "500");
        List<Span> spans = RiskSpans.of(List.of(first, imported));
        Span atFiling = holding(spans, days(5));
        // Two complaints (repeat 10), the import open for four whole days since its receipt, a contact 4 days ago.
        assertThat(atFiling.from()).isEqualTo(days(5));
        assertThat(atFiling.complaints()).isEqualTo(2);
        assertThat(atFiling.openSince()).isEqualTo(days(1));
        assertThat(atFiling.openPoints()).isEqualTo(4);
        assertThat(atFiling.score()).isEqualTo(10 + 4 + 10);
        assertThat(atFiling.lifetimeValue()).isEqualByComparingTo("500");
        assertThat(holding(spans, days(4)).score()).isEqualTo(10);
        assertThat(holding(spans, days(31)).openPoints()).isEqualTo(30);
        // The first complaint leaves the year a day before the import does.
        assertThat(holding(spans, days(365)).complaints()).isEqualTo(1);
        assertThat(spans.getLast().to()).isEqualTo(days(366));
    }

    @Test
    void stepsCountFromTheirTime_breachReopeningAndAnswers() {
        Timeline t = timeline(UUID.randomUUID(), Severity.CRITICAL, T, T, null, step(Kind.BREACHED, hours(2), 0),
                step(Kind.BREACHED, hours(3), 0), step(Kind.RESOLVED, hours(4), 0), step(Kind.SATISFACTION, hours(5), 2),
                step(Kind.REOPENED, hours(6), 0), step(Kind.RESOLVED, hours(7), 0), step(Kind.SATISFACTION, hours(8), 3),
                step(Kind.CONTACT, days(40), 0), step(Kind.CLOSED, days(50), 0));
        List<Span> spans = RiskSpans.of(List.of(t));
        assertThat(holding(spans, hours(2)).score()).isEqualTo(20 + 8 + 10);
        assertThat(holding(spans, hours(5)).score()).isEqualTo(20 + 8 + 15 + 10);
        assertThat(holding(spans, hours(6)).reopenings()).isEqualTo(1);
        assertThat(holding(spans, hours(6)).openSince()).isEqualTo(T);
        assertThat(holding(spans, hours(8)).score()).isEqualTo(20 + 8 + 8 + 15 + 5 + 10);
        // The contact on day 40 is recent again for 30 days, then counts 5 until day 130.
        assertThat(holding(spans, days(39)).recencyPoints()).isEqualTo(5);
        assertThat(holding(spans, days(40)).recencyPoints()).isEqualTo(10);
        assertThat(holding(spans, days(70)).recencyPoints()).isEqualTo(5);
        assertThat(holding(spans, days(130)).recencyPoints()).isZero();
        assertThat(holding(spans, days(40)).lifetimeValue()).isNull();
    }

    @Test
    void theLifetimeValueOnATieOfReceipts_isTheHigherIdsAsPostgresOrdersUuids() {
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        List<Span> spans = RiskSpans.of(List.of(timeline(high, Severity.MINOR, T, T, "7"),
                timeline(low, Severity.MINOR, T, T, "3")));
        assertThat(spans.getFirst().lifetimeValue()).isEqualByComparingTo("7");
    }

    @Test
    void theSpansFromACut_holdTheSameFactorsAsAllSpans_atEveryMomentAfterIt() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Timeline> timelines = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                Instant received = hours(random.nextInt(24 * 400));
                List<Step> steps = new ArrayList<>();
                for (int s = random.nextInt(6); s > 0; s--) {
                    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                    steps.add(new Step(kind, received.plus(Duration.ofHours(random.nextInt(24 * 100))),
                            kind == Kind.SATISFACTION ? 1 + random.nextInt(5) : 0));
                }
                timelines.add(timeline(UUID.randomUUID(), Severity.values()[random.nextInt(4)], received,
                        received.plusSeconds(random.nextInt(2) == 0 ? 1 : 86_400L * random.nextInt(40)),
                        random.nextBoolean() ? null : String.valueOf(random.nextInt(1000)),
                        steps.toArray(Step[]::new)));
            }
            List<Span> all = RiskSpans.of(timelines);
            Instant cut = hours(random.nextInt(24 * 800));
            List<Span> from = RiskSpans.from(timelines, cut);
            for (int probe = 0; probe < 50; probe++) {
                Instant at = cut.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 500)));
                Span whole = holdingOrNull(all, at);
                Span part = holdingOrNull(from, at);
                assertThat(part == null).as("a span holds %s after %s", at, cut).isEqualTo(whole == null);
                if (whole != null) {
                    assertThat(part.sameFactors(whole)).as("factors at %s after %s", at, cut).isTrue();
                }
            }
            assertThat(from).allSatisfy(s -> assertThat(s.from()).isAfterOrEqualTo(cut));
        }
    }

    private static Span holding(List<Span> spans, Instant at) {
        Span span = holdingOrNull(spans, at);
        assertThat(span).as("a span holding %s", at).isNotNull();
        return span;
    }

    private static Span holdingOrNull(List<Span> spans, Instant at) {
        return spans.stream().filter(s -> !s.from().isAfter(at) && s.to().isAfter(at)).findFirst().orElse(null);
    }

    private static Instant days(int n) {
        return T.plus(Duration.ofDays(n));
    }

    private static Instant hours(int n) {
        return T.plus(Duration.ofHours(n));
    }

    private static Step step(Kind kind, Instant at, int value) {
        return new Step(kind, at, value);
    }

    private static Timeline timeline(UUID id, Severity severity, Instant received, Instant filed, String value,
            Step... steps) {
        return new Timeline(id, "c", severity, Channel.EMAIL, "billing", received, filed, false,
                value == null ? null : new BigDecimal(value), null, List.of(steps));
    }
}
