package io.redress.followup.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpSent;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FollowUpTrailTest {

    private static final UUID ID = UUID.fromString("3b0c1d7e-5f2a-4e8b-9c6d-1a2b3c4d5e6f");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T09:14:00Z");
    private static final Instant FILED_AT = Instant.parse("2026-11-02T09:15:00Z");

    private static ComplaintFiled filed() {
        return new ComplaintFiled(ID, FILED_AT, "cust-42", null, Channel.EMAIL, "delivery", Severity.MINOR,
                "Late parcel", null, null, null, null, null, RECEIVED, null, null, 0, List.of());
    }

    private static ComplaintAssigned assigned(String owner, long secondsAfterFiling) {
        return new ComplaintAssigned(ID, FILED_AT.plusSeconds(secondsAfterFiling), owner, "customer-care", "test",
                null);
    }

    /** Folds the events from nothing as the read model does: a state only moves on {@code Next}. */
    private static Evolution<TrackedComplaint> fold(ComplaintLifecycleEvent... events) {
        TrackedComplaint state = null;
        Evolution<TrackedComplaint> last = null;
        for (ComplaintLifecycleEvent event : events) {
            last = FollowUpTrail.evolve(state, event);
            if (last instanceof Evolution.Next<TrackedComplaint> next) {
                state = next.state();
            }
        }
        return last;
    }

    @Test
    void filed_tracksTheComplaintInStageFiledWithoutAnOwner() {
        assertThat(fold(filed())).isEqualTo(new Evolution.Next<>(
                new TrackedComplaint(ID, "cust-42", FollowUpStage.FILED, RECEIVED, null, null)));
    }

    @Test
    void assigned_movesFiledToAssigned_withTheOwnerAndTheAssignmentTime() {
        assertThat(fold(filed(), assigned("agent-bruno", 2))).isEqualTo(new Evolution.Next<>(
                new TrackedComplaint(ID, "cust-42", FollowUpStage.ASSIGNED, RECEIVED, "agent-bruno",
                        FILED_AT.plusSeconds(2))));
    }

    @Test
    void reassignment_changesTheOwner_butKeepsTheFirstAssignmentTime() {
        assertThat(fold(filed(), assigned("agent-bruno", 2), assigned("agent-chen", 60)))
                .isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            TrackedComplaint state = ((Evolution.Next<TrackedComplaint>) raw).state();
                    assertThat(state.ownerId()).isEqualTo("agent-chen");
                    assertThat(state.assignedAt()).isEqualTo(FILED_AT.plusSeconds(2));
                    assertThat(state.stage()).isEqualTo(FollowUpStage.ASSIGNED);
                });
    }

    @Test
    void secondFiling_isIgnored() {
        assertThat(fold(filed(), filed())).isEqualTo(new Evolution.Ignored<>("complaint already filed"));
    }

    @Test
    void assignmentOfAnUnknownComplaint_isIgnoredWithTheReason() {
        assertThat(fold(assigned("agent-chen", 2)))
                .isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
    }

    @Test
    void eventFollowUpDoesNotReadYet_changesNothing() {
        assertThat(fold(filed(), new FollowUpSent(ID, FILED_AT.plusSeconds(60), UUID.randomUUID(),
                FollowUpKind.CHECK_IN))).isInstanceOf(Evolution.Unchanged.class);
    }
}
