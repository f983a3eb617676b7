package io.redress.analytics.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpSent;
import io.redress.events.Severity;
import java.math.BigDecimal;
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
                "Wrong tariff", "router", "firmware", "6.2", "emp-7", null, RECEIVED, null,
                new BigDecimal("1200.50"), 3, List.of());
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

    private static ComplaintFact state(Evolution<ComplaintFact> evolution) {
        assertThat(evolution).isInstanceOf(Evolution.Next.class);
        return ((Evolution.Next<ComplaintFact>) evolution).state();
    }

    @Test
    void filed_recordsTheFactsWithTheEventTimes_andNoMilestone() {
        assertThat(fold(filed())).isEqualTo(new Evolution.Next<>(new ComplaintFact(ID, "cust-42",
                Channel.PHONE, "billing", Severity.MODERATE, "router", "firmware", "6.2", "emp-7", RECEIVED, FILED_AT,
                3, new BigDecimal("1200.50"), Milestones.NONE)));
    }

    @Test
    void reassignment_takesTheLatestOwner_butKeepsTheFirstAssignmentTime() {
        Milestones m = state(fold(filed(), assigned("agent-chen", 60), assigned("agent-amira", 600))).milestones();
        assertThat(m.ownerId()).isEqualTo("agent-amira");
        assertThat(m.assignedAt()).isEqualTo(FILED_AT.plusSeconds(60));
        assertThat(m.assignments()).isEqualTo(2);
    }

    @Test
    void repeatedSteps_keepTheFirstTime_andTheFirstResolutionsFirstContact() {
        Milestones m = state(fold(filed(), acknowledged(100), resolved(200, true), breached(250), reopened(300),
                breached(350), acknowledged(400), resolved(500, false), reopened(600),
                closed(700))).milestones();
        assertThat(m).isEqualTo(new Milestones(null, 0, null, FILED_AT.plusSeconds(100), FILED_AT.plusSeconds(200),
                true, FILED_AT.plusSeconds(250), FILED_AT.plusSeconds(300), FILED_AT.plusSeconds(700),
                ClosureOutcome.SATISFIED));
    }

    @Test
    void aRepeatThatChangesNoMilestone_isUnchanged() {
        assertThat(fold(filed(), acknowledged(100), acknowledged(400))).isInstanceOf(Evolution.Unchanged.class);
        assertThat(fold(filed(), closed(700), closed(800))).isInstanceOf(Evolution.Unchanged.class);
    }

    @Test
    void secondFiling_isIgnored() {
        assertThat(fold(filed(), filed())).isEqualTo(new Evolution.Ignored<>("complaint already filed"));
    }

    @Test
    void stepOfAnUnknownComplaint_isIgnoredWithTheReason() {
        assertThat(fold(assigned("agent-chen", 60))).isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
        assertThat(fold(resolved(60, true))).isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
    }

    @Test
    void eventsCountedAsOccurrences_changeNoFact() {
        assertThat(fold(filed(), new FollowUpSent(ID, FILED_AT.plusSeconds(3600), UUID.randomUUID(),
                FollowUpKind.CHECK_IN))).isInstanceOf(Evolution.Unchanged.class);
        assertThat(fold(filed(), new ContactLogged(ID, FILED_AT.plusSeconds(60), Channel.EMAIL, "again", 2)))
                .isInstanceOf(Evolution.Unchanged.class);
    }

    private static ComplaintAcknowledged acknowledged(long seconds) {
        return new ComplaintAcknowledged(ID, FILED_AT.plusSeconds(seconds), "agent-chen", true, "Sorry", "agent-chen");
    }

    private static ComplaintResolved resolved(long seconds, boolean firstContact) {
        return new ComplaintResolved(ID, FILED_AT.plusSeconds(seconds), "agent-chen",
                new Remedy(RemedyType.REFUND, null, null), false, null, firstContact, "Refunded");
    }

    private static SlaBreached breached(long seconds) {
        return new SlaBreached(ID, FILED_AT.plusSeconds(seconds), SlaClock.RESOLVE, FILED_AT);
    }

    private static ComplaintReopened reopened(long seconds) {
        return new ComplaintReopened(ID, FILED_AT.plusSeconds(seconds), "unhappy", "followup");
    }

    private static ComplaintClosed closed(long seconds) {
        return new ComplaintClosed(ID, FILED_AT.plusSeconds(seconds), ClosureOutcome.SATISFIED);
    }
}
