package io.redress.followup.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.command.Decision;
import io.redress.core.command.Refusal;
import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.followup.policy.FollowUpPolicy;
import io.redress.followup.tracking.FollowUpCase;
import io.redress.followup.tracking.FollowUpTrail;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SatisfactionDeciderTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant NOW = T0.plusSeconds(86_400);
    private static final FollowUpPolicy POLICY = FollowUpPolicy.defaults();

    private static FollowUpCase fold(ComplaintLifecycleEvent... events) {
        FollowUpCase state = null;
        for (ComplaintLifecycleEvent event : events) {
            if (FollowUpTrail.evolve(state, event, POLICY) instanceof Evolution.Next<FollowUpCase> next) {
                state = next.state();
            }
        }
        return state;
    }

    private static ComplaintFiled filed() {
        return new ComplaintFiled(ID, T0, "cust-7", null, Channel.EMAIL, "billing", Severity.MINOR, "x", null, null,
                null, null, null, T0, null, null, 0, List.of());
    }

    private static ComplaintResolved resolved(long at) {
        return new ComplaintResolved(ID, T0.plusSeconds(at), "agent-chen", new Remedy(RemedyType.APOLOGY, null, null),
                false, null, false, "done");
    }

    private static ComplaintReopened reopened(long at) {
        return new ComplaintReopened(ID, T0.plusSeconds(at), "came back", "customer");
    }

    private static Decision decide(FollowUpCase state, int score) {
        return SatisfactionDecider.decide(state, new Answer(score, true, false, true, false, "words"), "sealed", NOW,
                POLICY.maxReopens());
    }

    @Test
    void anUnknownComplaint_isNotFound() {
        assertThat(decide(null, 4)).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_FOUND));
    }

    @Test
    void aComplaintNotResolved_refusesTheAnswer_namingItsStage() {
        assertThat(decide(fold(filed()), 4)).isInstanceOfSatisfying(Decision.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
            assertThat(refused.state()).isEqualTo("FILED");
        });
    }

    @Test
    void aResolvedComplaint_takesOneAnswer_withTheSealedComment() {
        FollowUpCase resolved = fold(filed(), resolved(60));
        Decision decision = decide(resolved, 4);

        assertThat(decision).isEqualTo(Decision.accept(new SatisfactionRecorded(ID, NOW, 4, true, false, true, false,
                "sealed", false)));
        FollowUpCase answered = fold(filed(), resolved(60),
                (SatisfactionRecorded) ((Decision.Accepted) decision).events().getFirst());
        assertThat(decide(answered, 5)).isInstanceOfSatisfying(Decision.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
            assertThat(refused.detail()).contains("already answered");
        });
    }

    @Test
    void aLowScore_reopensWhileReopeningsRemain_thenNoLonger() {
        assertThat(recorded(decide(fold(filed(), resolved(60)), 2)).reopen()).isTrue();
        assertThat(recorded(decide(fold(filed(), resolved(60), reopened(90), resolved(120)), 1)).reopen()).isTrue();
        assertThat(recorded(decide(fold(filed(), resolved(60), reopened(90), resolved(120), reopened(150),
                resolved(180)), 1)).reopen()).as("two reopenings used up (max-reopens 2)").isFalse();
        assertThat(recorded(decide(fold(filed(), resolved(60)), 3)).reopen()).isFalse();
    }

    @Test
    void aClosedComplaint_takesNoMoreAnswers() {
        FollowUpCase closed = fold(filed(), resolved(60),
                new io.redress.events.ComplaintClosed(ID, T0.plusSeconds(90), io.redress.events.ClosureOutcome.SATISFIED));

        assertThat(decide(closed, 4)).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.state()).isEqualTo("CLOSED"));
    }

    private static SatisfactionRecorded recorded(Decision decision) {
        return (SatisfactionRecorded) ((Decision.Accepted) decision).events().getFirst();
    }
}
