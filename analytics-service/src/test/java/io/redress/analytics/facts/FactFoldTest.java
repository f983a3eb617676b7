package io.redress.analytics.facts;

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

class FactFoldTest {

    private static final UUID ID = UUID.fromString("0f6c2a9d-1e3b-4c5d-8e7f-9a0b1c2d3e4f");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T09:10:00Z");
    private static final Instant FILED_AT = Instant.parse("2026-11-02T09:15:00Z");

    private static ComplaintFiled filed() {
        return new ComplaintFiled(ID, FILED_AT, "cust-42", null, Channel.PHONE, "billing", Severity.MODERATE,
                "Wrong tariff", null, null, null, null, null, RECEIVED, null, null, 0, List.of());
    }

    private static ComplaintAssigned assigned(String owner, long secondsAfterFiling) {
        return new ComplaintAssigned(ID, FILED_AT.plusSeconds(secondsAfterFiling), owner, "customer-care", "test",
                null);
    }

    /** Folds the events from nothing as the read model does: a fact only moves on {@code Next}. */
    private static Evolution<ComplaintFact> fold(ComplaintLifecycleEvent... events) {
        ComplaintFact fact = null;
        Evolution<ComplaintFact> last = null;
        for (ComplaintLifecycleEvent event : events) {
            last = FactFold.evolve(fact, event);
            if (last instanceof Evolution.Next<ComplaintFact> next) {
                fact = next.state();
            }
        }
        return last;
    }

    @Test
    void filed_recordsTheFactsWithTheEventTimes_andNoOwner() {
        assertThat(fold(filed())).isEqualTo(new Evolution.Next<>(new ComplaintFact(ID, "cust-42",
                Channel.PHONE, "billing", Severity.MODERATE, RECEIVED, FILED_AT, null, null)));
    }

    @Test
    void assigned_setsTheOwnerAndTheAssignmentTime() {
        assertThat(fold(filed(), assigned("agent-chen", 60)))
                .isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            ComplaintFact state = ((Evolution.Next<ComplaintFact>) raw).state();
                    assertThat(state.ownerId()).isEqualTo("agent-chen");
                    assertThat(state.assignedAt()).isEqualTo(FILED_AT.plusSeconds(60));
                });
    }

    @Test
    void reassignment_takesTheLatestOwner_butKeepsTheFirstAssignmentTime() {
        assertThat(fold(filed(), assigned("agent-chen", 60), assigned("agent-amira", 600)))
                .isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            ComplaintFact state = ((Evolution.Next<ComplaintFact>) raw).state();
                    assertThat(state.ownerId()).isEqualTo("agent-amira");
                    assertThat(state.assignedAt()).isEqualTo(FILED_AT.plusSeconds(60));
                });
    }

    @Test
    void secondFiling_isIgnored() {
        assertThat(fold(filed(), filed())).isEqualTo(new Evolution.Ignored<>("complaint already filed"));
    }

    @Test
    void assignmentOfAnUnknownComplaint_isIgnoredWithTheReason() {
        assertThat(fold(assigned("agent-chen", 60)))
                .isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
    }

    @Test
    void eventTheFactsDoNotHoldYet_changesNothing() {
        assertThat(fold(filed(), new FollowUpSent(ID, FILED_AT.plusSeconds(3600), UUID.randomUUID(),
                FollowUpKind.CHECK_IN))).isInstanceOf(Evolution.Unchanged.class);
    }
}
