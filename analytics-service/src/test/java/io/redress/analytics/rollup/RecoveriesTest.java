package io.redress.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.analytics.rollup.Contributions.Delta;
import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure: which recovery groups an answer falls in, from the events of one complaint, worked out by hand. */
class RecoveriesTest {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final UUID ID = UUID.randomUUID();

    @Test
    void anAnswer_fallsInTheGroupsOfWhatCameBeforeIt_theLatestResolutionGivingTheRemedy() {
        // Acknowledged without an apology, then with one; resolved with a refund and an extra mile; answered 2 with
        // ownership only (compensation only); reopened, resolved with an explanation; answered 5 with ownership and
        // regret (ownership and regret only).
        Timeline t = fold(new ComplaintAcknowledged(ID, T.plusSeconds(10), "o", false, "Seen", "o"),
                new ComplaintResolved(ID, T.plusSeconds(30), "o", new Remedy(RemedyType.REFUND, null, null), false,
                        "Called back", true, "Fixed"),
                new ComplaintAcknowledged(ID, T.plusSeconds(20), "o", true, "Sorry", "o"),
                new SatisfactionRecorded(ID, T.plusSeconds(40), 2, true, false, false, false, null),
                new ComplaintReopened(ID, T.plusSeconds(50), "not fixed", "followup"),
                new ComplaintResolved(ID, T.plusSeconds(60), "o", new Remedy(RemedyType.EXPLANATION, null, null),
                        false, " ", false, "Explained"),
                new SatisfactionRecorded(ID, T.plusSeconds(70), 5, true, true, false, true, null));
        Map<String, Long> first = sums(t, T.plusSeconds(45));
        assertThat(first).containsEntry("recovery.all:all.n", 1L).containsEntry("recovery.all:all.score", 2L)
                .doesNotContainKey("recovery.all:all.satisfied")
                .containsEntry("recovery.ownership:true.n", 1L).containsEntry("recovery.valued:false.n", 1L)
                .containsEntry("recovery.drivers:1.n", 1L).containsEntry("recovery.apologized:true.n", 1L)
                .containsEntry("recovery.remedy:REFUND.n", 1L).containsEntry("recovery.extra_mile:true.n", 1L)
                .containsEntry("recovery.mix:COMPENSATION_ONLY.n", 1L);
        Map<String, Long> both = sums(t, T.plusSeconds(70));
        assertThat(both).containsEntry("recovery.all:all.n", 2L).containsEntry("recovery.all:all.score", 7L)
                .containsEntry("recovery.all:all.satisfied", 1L)
                .containsEntry("recovery.remedy:EXPLANATION.score", 5L).containsEntry("recovery.remedy:REFUND.n", 1L)
                .containsEntry("recovery.extra_mile:false.n", 1L).containsEntry("recovery.drivers:3.satisfied", 1L)
                .containsEntry("recovery.mix:OWNERSHIP_AND_REGRET_ONLY.n", 1L)
                .containsEntry("recovery.apologized:true.n", 2L).doesNotContainKey("recovery.apologized:false.n")
                .containsEntry("responses", 2L).containsEntry("score", 7L).containsEntry("fcr", 1L);
    }

    @Test
    void anAnswerBeforeAnyResolution_hasRemedyNone_andNoExtraMile() {
        Timeline t = fold(new SatisfactionRecorded(ID, T.plusSeconds(5), 4, false, false, true, false, null),
                new ComplaintResolved(ID, T.plusSeconds(9), "o", new Remedy(RemedyType.DISCOUNT, null, null), false,
                        "Flowers", false, "Fixed"));
        assertThat(sums(t, T.plusSeconds(9))).containsEntry("recovery.remedy:NONE.n", 1L)
                .containsEntry("recovery.extra_mile:false.satisfied", 1L)
                .containsEntry("recovery.apologized:false.n", 1L).doesNotContainKey("recovery.remedy:DISCOUNT.n")
                .doesNotContainKey("recovery.mix:COMPENSATION_ONLY.n");
    }

    private static Timeline fold(ComplaintLifecycleEvent... events) {
        Timeline t = Timeline.of(new ComplaintFiled(ID, T, "c", null, Channel.EMAIL, "billing", Severity.MAJOR, "d",
                null, null, null, null, null, T, null, null, 0, List.of()));
        for (ComplaintLifecycleEvent event : events) {
            t = ((Evolution.Next<Timeline>) TimelineFold.evolve(t, event)).state();
        }
        return t;
    }

    private static Map<String, Long> sums(Timeline t, Instant asOf) {
        Map<String, Long> sums = new TreeMap<>();
        for (Delta d : Contributions.of(t)) {
            if (!d.at().isAfter(asOf)) {
                sums.merge(d.figure(), d.n(), Long::sum);
            }
        }
        sums.values().removeIf(n -> n == 0);
        return sums;
    }
}
