package io.redress.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.analytics.rollup.Timeline.Kind;
import io.redress.analytics.rollup.Timeline.Step;
import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure: what a timeline adds to each figure and when, worked out by hand. */
class ContributionsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void filing_addsOneComplaintContactAndValueOfEachDimension_atTheFilingTime() {
        Timeline t = timeline(List.of());
        assertThat(Contributions.of(t)).containsExactlyInAnyOrder(
                new Delta(RECEIVED.plusSeconds(5), "filed", 1), new Delta(RECEIVED.plusSeconds(5), "contacts", 1),
                new Delta(RECEIVED.plusSeconds(5), "repeat", 1),
                new Delta(RECEIVED.plusSeconds(5), "severity:MAJOR", 1),
                new Delta(RECEIVED.plusSeconds(5), "channel:EMAIL", 1),
                new Delta(RECEIVED.plusSeconds(5), "category:billing", 1));
    }

    @Test
    void firstTimes_areTheEarliestByEventTime_evenWhenReadLater() {
        // The second acknowledgement read is the earlier one: 1,800.9 s after receipt, counted as 1,800 s.
        Timeline t = timeline(List.of(step(Kind.ACKNOWLEDGED, 7200, 0), step(Kind.ACKNOWLEDGED, 1800.9, 0)));
        Map<String, Long> at = sums(t, RECEIVED.plusSeconds(1801));
        assertThat(at).containsEntry("ack.count", 1L).containsEntry("ack.sum", 1800L)
                .containsEntry("ack.b" + Contributions.bucket(1800), 1L);
        assertThat(sums(t, RECEIVED.plusSeconds(1800))).doesNotContainKey("ack.count");
    }

    @Test
    void settled_followsResolutionsAgainstReopenings_andClosing_stepsAtOneMomentTogether() {
        // Resolved at 100 s, reopened at 200 s together with a second resolution (2 > 1: still settled), reopened
        // again at 300 s (2 = 2: open), closed at 400 s.
        Timeline t = timeline(List.of(step(Kind.RESOLVED, 100, 1), step(Kind.REOPENED, 200, 0),
                step(Kind.RESOLVED, 200, 0), step(Kind.REOPENED, 300, 0), step(Kind.CLOSED, 400, 0)));
        List<Delta> settled = Contributions.of(t).stream().filter(d -> d.figure().equals("settled")).toList();
        assertThat(settled).containsExactly(new Delta(RECEIVED.plusSeconds(100), "settled", 1),
                new Delta(RECEIVED.plusSeconds(300), "settled", -1),
                new Delta(RECEIVED.plusSeconds(400), "settled", 1));
        assertThat(sums(t, RECEIVED.plusSeconds(1000))).containsEntry("resolved", 1L).containsEntry("fcr", 1L)
                .containsEntry("reopened", 1L).containsEntry("res.sum", 100L);
    }

    @Test
    void repeatedSteps_countEachTime_answersCarryTheirScore() {
        Timeline t = timeline(List.of(step(Kind.CONTACT, 10, 0), step(Kind.CONTACT, 20, 0),
                step(Kind.ESCALATED, 30, 2), step(Kind.SATISFACTION, 40, 4), step(Kind.SATISFACTION, 50, 2)));
        assertThat(sums(t, RECEIVED.plusSeconds(60))).containsEntry("contacts", 3L).containsEntry("escalation:2", 1L)
                .containsEntry("responses", 2L).containsEntry("score", 6L).containsEntry("satisfied", 1L);
    }

    @Test
    void aStepBeforeReceipt_takesZeroSeconds() {
        Timeline t = timeline(List.of(step(Kind.ACKNOWLEDGED, -30, 0)));
        assertThat(Contributions.seconds(t, RECEIVED.minusSeconds(30))).isZero();
    }

    @Test
    void buckets_keepTheOrderOfDurations_andAreAtMostASixteenthWide() {
        assertThat(Contributions.bucket(0)).isZero();
        assertThat(Contributions.bucket(14)).isEqualTo(14);
        int previous = -1;
        long lowest = 0;
        for (long s = 0; s < 5_000_000; s += s < 100_000 ? 1 : 97) {
            int b = Contributions.bucket(s);
            assertThat(b).isGreaterThanOrEqualTo(previous);
            if (b != previous) {
                lowest = s;
            }
            assertThat(s - lowest).as("width of bucket %d at %d s", b, s).isLessThanOrEqualTo(Math.max(1, lowest / 16));
            previous = b;
        }
    }

    @Test
    void receiptAfterFiling_isReadAsTheFiling_andStepsSurviveTheirStoredForm() {
        Timeline t = Timeline.of(new io.redress.events.ComplaintFiled(UUID.randomUUID(), RECEIVED, "c", null,
                Channel.EMAIL, "billing", Severity.MAJOR, "d", null, null, null, null, null,
                RECEIVED.plusSeconds(120), null, null, 0, List.of()));
        assertThat(t.receivedAt()).isEqualTo(RECEIVED);
        Timeline stepped = t.with(new Step(Kind.ESCALATED, RECEIVED.plusNanos(1_234_567), 3))
                .with(new Step(Kind.CONTACT, RECEIVED.plusSeconds(9), 0));
        assertThat(Timeline.decodeSteps(stepped.encodedSteps())).isEqualTo(stepped.steps())
                .first().extracting(Step::at).isEqualTo(RECEIVED.plusNanos(1_234_000));
    }

    @Test
    void storedSteps_areParsedWithTheirValues_beforeTheEpochToo_andMalformedOnesAreRefused() {
        assertThat(Timeline.decodeSteps("K1700000000123456:1,E-1500000:12,C0")).containsExactly(
                new Step(Kind.ACKNOWLEDGED, Instant.parse("2023-11-14T22:13:20.123456Z"), 1),
                new Step(Kind.ESCALATED, Instant.parse("1969-12-31T23:59:58.500Z"), 12),
                new Step(Kind.CONTACT, Instant.EPOCH, 0));
        assertThat(Timeline.decodeSteps("")).isEmpty();
        for (String bad : List.of("K", "K12;3", "Z12", "K12,", "K12:3x")) {
            assertThatThrownBy(() -> Timeline.decodeSteps(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Map<String, Long> sums(Timeline t, Instant asOf) {
        Map<String, Long> sums = new TreeMap<>();
        Contributions.of(t).stream().filter(d -> !d.at().isAfter(asOf))
                .forEach(d -> sums.merge(d.figure(), d.n(), Long::sum));
        sums.values().removeIf(n -> n == 0);
        return sums;
    }

    private static Step step(Kind kind, double secondsAfterReceipt, int value) {
        return new Step(kind, RECEIVED.plusNanos(Math.round(secondsAfterReceipt * 1e9)), value);
    }

    private static Timeline timeline(List<Step> steps) {
        return new Timeline(UUID.randomUUID(), "c", Severity.MAJOR, Channel.EMAIL, "billing", RECEIVED,
                RECEIVED.plusSeconds(5), true, null, null, new ArrayList<>(steps));
    }
}
