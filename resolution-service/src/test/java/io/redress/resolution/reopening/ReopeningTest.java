package io.redress.resolution.reopening;

import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ID;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Channel;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;
import io.redress.events.SatisfactionRecorded;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.redress.resolution.sla.SlaPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When the customer's answer or contact reopens a resolved complaint by itself. */
class ReopeningTest {

    private static final Instant NOW = Instant.parse("2026-01-20T18:00:00Z");
    private static final SlaPolicy.Dues DUES = new SlaPolicy.Dues(Instant.parse("2026-01-20T22:00:00Z"),
            Instant.parse("2026-01-23T18:00:00Z"));
    private static final ComplaintState RESOLVED = complaint(ComplaintStatus.RESOLVED)
            .acknowledgedAt(Instant.parse("2026-01-12T10:00:00Z")).resolvedAt(Instant.parse("2026-01-14T16:00:00Z"))
            .build();

    private static SatisfactionRecorded score(int score) {
        return new SatisfactionRecorded(ID, Instant.parse("2026-01-20T17:59:00Z"), score, false, false, true, false,
                "It took far too long.");
    }

    private static ContactLogged contact(int count) {
        return new ContactLogged(ID, Instant.parse("2026-01-20T17:59:00Z"), Channel.EMAIL, "It is broken again.",
                count);
    }

    private static ComplaintReopened reopened(String reason) {
        return new ComplaintReopened(ID, NOW, reason, "customer", DUES.acknowledgeBy(), DUES.resolveBy());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aLowSatisfactionScore_onAResolvedComplaint_reopensIt_namingTheScore(int score) {
        assertThat(Reopening.after(score(score), RESOLVED, DUES, NOW)).contains(reopened("satisfaction score "
                + score + " of 5: the customer is not satisfied with the resolution"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void aScoreOf3OrMore_leavesItResolved(int score) {
        assertThat(Reopening.after(score(score), RESOLVED, DUES, NOW)).isEmpty();
    }

    @Test
    void aLowScoreThatFollowUpSaysNotToReopen_leavesItResolved_forFollowUpClosesIt() {
        SatisfactionRecorded exhausted = new SatisfactionRecorded(ID, Instant.parse("2026-01-20T17:59:00Z"), 1, false,
                false, false, false, null, false);

        assertThat(Reopening.after(exhausted, RESOLVED, DUES, NOW)).isEmpty();
    }

    @Test
    void aContactAfterTheResolution_reopensIt_namingTheContactCountAndChannel() {
        assertThat(Reopening.after(contact(3), RESOLVED, DUES, NOW)).contains(
                reopened("the customer got in touch again after the resolution (contact 3, EMAIL)"));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = "RESOLVED", mode = EnumSource.Mode.EXCLUDE)
    void aContactOrALowScore_reopensNothing_unlessResolved(ComplaintStatus status) {
        ComplaintState state = complaint(status).build();
        assertThat(Reopening.after(contact(2), state, DUES, NOW)).isEmpty();
        assertThat(Reopening.after(score(1), state, DUES, NOW)).isEmpty();
    }

    @Test
    void anyOtherEvent_reopensNothing() {
        assertThat(Reopening.after(new ComplaintAcknowledged(ID, NOW, "agent-amira", true, "Sorry", "agent-amira"),
                RESOLVED, DUES, NOW)).isEmpty();
    }

    @Test
    void aComplaintTheViewDoesNotKnow_isNotReopened() {
        assertThat(Reopening.after(score(1), null, DUES, NOW)).isEmpty();
    }
}
