package io.redress.resolution.lifecycle;

import static io.redress.resolution.lifecycle.ComplaintStatus.ACKNOWLEDGED;
import static io.redress.resolution.lifecycle.ComplaintStatus.ASSIGNED;
import static io.redress.resolution.lifecycle.ComplaintStatus.CLOSED;
import static io.redress.resolution.lifecycle.ComplaintStatus.FILED;
import static io.redress.resolution.lifecycle.ComplaintStatus.QUEUED;
import static io.redress.resolution.lifecycle.ComplaintStatus.REOPENED;
import static io.redress.resolution.lifecycle.ComplaintStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.assignment.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle fold: what each event does to a complaint's state, and which events a state ignores. */
class ComplaintTest {

    private static final UUID ID = UUID.fromString("531bdea2-18c4-433e-b0e3-61a29c308b02");
    private static final Instant RECEIVED = Instant.parse("2026-01-12T09:00:00Z");
    private static final Instant ACKNOWLEDGE_BY = Instant.parse("2026-01-12T13:00:00Z");
    private static final Instant RESOLVE_BY = Instant.parse("2026-01-15T09:00:00Z");
    private static final Instant ACKNOWLEDGED_AT = Instant.parse("2026-01-12T10:15:00Z");
    private static final Instant RESOLVED_AT = Instant.parse("2026-01-13T16:00:00Z");
    private static final Instant REOPENED_AT = Instant.parse("2026-01-14T08:00:00Z");
    private static final Instant REOPEN_ACKNOWLEDGE_BY = Instant.parse("2026-01-14T12:00:00Z");
    private static final Instant REOPEN_RESOLVE_BY = Instant.parse("2026-01-17T08:00:00Z");

    // --- the events of one complaint ---

    private static ComplaintFiled filed() {
        return new ComplaintFiled(ID, at("2026-01-12T09:00:05Z"), "CUST-204817", null, Channel.PHONE,
                "connectivity", Severity.MAJOR, "The line drops every evening.", "FibreMax 500", "router-x", "6.2.14",
                null, null, RECEIVED, null, null, 2, null);
    }

    private static ComplaintAssigned assigned(String owner) {
        return new ComplaintAssigned(ID, at("2026-01-12T09:00:06Z"), owner, "network-care",
                Rule.LEAST_LOADED.name(), null, ACKNOWLEDGE_BY, RESOLVE_BY);
    }

    private static ComplaintAssigned queued() {
        return new ComplaintAssigned(ID, at("2026-01-12T09:00:06Z"), "sup-nils", "network-care",
                Rule.UNASSIGNED_QUEUE.name(), null, ACKNOWLEDGE_BY, RESOLVE_BY);
    }

    /** Out of the queue, as Queues.drain writes it: the queue's holder as previous owner, no due times. */
    private static ComplaintAssigned outOfTheQueue(String owner) {
        return new ComplaintAssigned(ID, at("2026-01-12T09:30:00Z"), owner, "network-care",
                Rule.LEAST_LOADED.name(), "sup-nils");
    }

    private static ComplaintAssigned reassigned(String owner, String previous) {
        return new ComplaintAssigned(ID, at("2026-01-12T11:00:00Z"), owner, "network-care", Rule.MANUAL.name(),
                previous);
    }

    private static ComplaintAcknowledged acknowledged(Instant at) {
        return new ComplaintAcknowledged(ID, at, "agent-amira", true, "Sorry, I am on it.", "agent-amira",
                RESOLVE_BY);
    }

    private static ComplaintResolved resolved() {
        return new ComplaintResolved(ID, RESOLVED_AT, "agent-amira", new Remedy(RemedyType.REPAIR, null, null), true,
                null, true, "Rolled the firmware back.");
    }

    private static ComplaintReopened reopened() {
        return new ComplaintReopened(ID, REOPENED_AT, "Dropouts are back", "customer", REOPEN_ACKNOWLEDGE_BY,
                REOPEN_RESOLVE_BY);
    }

    private static ComplaintClosed closed() {
        return new ComplaintClosed(ID, at("2026-01-14T07:00:00Z"), ClosureOutcome.SATISFIED);
    }

    private static ContactLogged contact(int count) {
        return new ContactLogged(ID, at("2026-01-12T15:00:00Z"), Channel.CHAT, "Any news?", count);
    }

    private static SlaBreached breached(SlaClock clock, Instant at) {
        return new SlaBreached(ID, at, clock, clock == SlaClock.ACKNOWLEDGE ? ACKNOWLEDGE_BY : RESOLVE_BY);
    }

    private static ComplaintEscalated escalated(int level) {
        return new ComplaintEscalated(ID, at("2026-01-12T13:00:01Z"), level, "sup-nils", "acknowledge SLA breached");
    }

    // --- folding ---

    /** The state after all events, each of which must fit (be folded into a next state). */
    private static ComplaintState stateAfter(ComplaintLifecycleEvent... events) {
        return stateAfter(List.of(events));
    }

    private static ComplaintState stateAfter(List<ComplaintLifecycleEvent> events) {
        ComplaintState state = null;
        for (ComplaintLifecycleEvent event : events) {
            Evolution<ComplaintState> evolution = Complaint.evolve(state, event);
            assertThat(evolution).as("folding %s", event).isInstanceOf(Evolution.Next.class);
            state = evolution.next().orElseThrow();
        }
        return state;
    }

    /** The usual way into each status: filed, assigned to agent-amira (or queued), acknowledged, resolved, … */
    private static List<ComplaintLifecycleEvent> eventsTo(ComplaintStatus status) {
        List<ComplaintLifecycleEvent> events = new ArrayList<>(List.of(filed()));
        switch (status) {
            case FILED -> {
            }
            case QUEUED -> events.add(queued());
            case ASSIGNED -> events.add(assigned("agent-amira"));
            case ACKNOWLEDGED -> events.addAll(List.of(assigned("agent-amira"), acknowledged(ACKNOWLEDGED_AT)));
            case RESOLVED -> events.addAll(List.of(assigned("agent-amira"), acknowledged(ACKNOWLEDGED_AT),
                    resolved()));
            case CLOSED -> events.addAll(List.of(assigned("agent-amira"), acknowledged(ACKNOWLEDGED_AT), resolved(),
                    closed()));
            case REOPENED -> events.addAll(List.of(assigned("agent-amira"), acknowledged(ACKNOWLEDGED_AT),
                    resolved(), reopened()));
        }
        return events;
    }

    private static ComplaintState in(ComplaintStatus status) {
        ComplaintState state = stateAfter(eventsTo(status));
        assertThat(state.status()).isEqualTo(status);
        return state;
    }

    private static ComplaintState after(ComplaintState state, ComplaintLifecycleEvent event) {
        return Complaint.evolve(state, event).next().orElseThrow();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    // --- filing ---

    @Test
    void filed_isFiled_withOneContact_andTheFilingsFacts() {
        assertThat(stateAfter(filed())).isEqualTo(new ComplaintState(ID, FILED, "CUST-204817", "connectivity",
                "router-x", Severity.MAJOR, 2, RECEIVED, null, null, null, null, 0, null, null, null, null, null,
                null, 1, 0));
    }

    @Test
    void aSecondFiling_isIgnored() {
        assertThat(Complaint.evolve(in(ASSIGNED), filed()))
                .isEqualTo(new Evolution.Ignored<>("complaint already filed"));
    }

    @Test
    void anEventOfAnUnknownComplaint_isIgnored() {
        assertThat(Complaint.evolve(null, assigned("agent-amira")))
                .isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
    }

    // --- assignment ---

    @Test
    void assigned_isAssigned_withOwnerTeamRuleFirstOwnerAndBothDueTimes() {
        assertThat(stateAfter(filed(), assigned("agent-amira")))
                .returns(ASSIGNED, ComplaintState::status)
                .returns("agent-amira", ComplaintState::ownerId)
                .returns("network-care", ComplaintState::team)
                .returns("LEAST_LOADED", ComplaintState::rule)
                .returns("agent-amira", ComplaintState::firstOwnerId)
                .returns(ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(RESOLVE_BY, ComplaintState::resolveDueAt);
    }

    @Test
    void assignedToTheQueue_isQueued_andHasNoFirstOwner() {
        assertThat(stateAfter(filed(), queued()))
                .returns(QUEUED, ComplaintState::status)
                .returns("sup-nils", ComplaintState::ownerId)
                .returns("UNASSIGNED_QUEUE", ComplaintState::rule)
                .returns(null, ComplaintState::firstOwnerId)
                .returns(ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(RESOLVE_BY, ComplaintState::resolveDueAt);
    }

    @Test
    void assignedOutOfTheQueue_isAssigned_andItsOwnerIsTheFirstOwner_withTheQueuesDueTimes() {
        assertThat(stateAfter(filed(), queued(), outOfTheQueue("agent-noah")))
                .returns(ASSIGNED, ComplaintState::status)
                .returns("agent-noah", ComplaintState::ownerId)
                .returns("agent-noah", ComplaintState::firstOwnerId)
                .returns(ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(RESOLVE_BY, ComplaintState::resolveDueAt);
    }

    @Test
    void reassignedByHand_keepsTheStatus_theFirstOwnerAndTheDueTimes() {
        assertThat(after(in(ACKNOWLEDGED), reassigned("agent-bruno", "agent-amira")))
                .returns(ACKNOWLEDGED, ComplaintState::status)
                .returns("agent-bruno", ComplaintState::ownerId)
                .returns("MANUAL", ComplaintState::rule)
                .returns("agent-amira", ComplaintState::firstOwnerId)
                .returns(ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(ACKNOWLEDGED_AT, ComplaintState::acknowledgedAt)
                .returns(RESOLVE_BY, ComplaintState::resolveDueAt);
        assertThat(after(in(ASSIGNED), reassigned("agent-bruno", "agent-amira")).status()).isEqualTo(ASSIGNED);
    }

    @Test
    void anAssignment_ofAClosedComplaint_isIgnored() {
        assertThat(Complaint.evolve(in(CLOSED), reassigned("agent-bruno", "agent-amira")))
                .isEqualTo(new Evolution.Ignored<>("cannot assign a closed complaint"));
    }

    // --- acknowledgement ---

    @Test
    void acknowledged_fromAssigned_isAcknowledged_atItsTime() {
        assertThat(after(in(ASSIGNED), acknowledged(ACKNOWLEDGED_AT)))
                .returns(ACKNOWLEDGED, ComplaintState::status)
                .returns(ACKNOWLEDGED_AT, ComplaintState::acknowledgedAt)
                .returns(ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(RESOLVE_BY, ComplaintState::resolveDueAt);
    }

    @Test
    void acknowledged_fromReopened_isAcknowledged_atItsTime() {
        Instant again = at("2026-01-14T09:00:00Z");
        assertThat(after(in(REOPENED), acknowledged(again)))
                .returns(ACKNOWLEDGED, ComplaintState::status)
                .returns(again, ComplaintState::acknowledgedAt)
                .returns(REOPEN_RESOLVE_BY, ComplaintState::resolveDueAt);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "ACKNOWLEDGED", "RESOLVED", "CLOSED"})
    void acknowledged_isIgnored_unlessAssignedOrReopened(ComplaintStatus status) {
        assertThat(Complaint.evolve(in(status), acknowledged(at("2026-01-13T08:00:00Z"))))
                .isEqualTo(new Evolution.Ignored<>("cannot acknowledge a complaint that is " + status));
    }

    // --- breaches and escalations ---

    @Test
    void acknowledgeBreached_setsTheAcknowledgeBreachOnly() {
        Instant breach = at("2026-01-12T13:00:00.5Z");
        ComplaintState before = in(ASSIGNED);
        assertThat(after(before, breached(SlaClock.ACKNOWLEDGE, breach)))
                .isEqualTo(new ComplaintState(ID, ASSIGNED, "CUST-204817", "connectivity", "router-x",
                        Severity.MAJOR, 2, RECEIVED, "agent-amira", "network-care", "LEAST_LOADED", "agent-amira", 0,
                        ACKNOWLEDGE_BY, null, breach, RESOLVE_BY, null, null, 1, 0));
    }

    @Test
    void resolveBreached_setsTheResolveBreachOnly() {
        Instant breach = at("2026-01-15T09:00:00.5Z");
        assertThat(after(in(ACKNOWLEDGED), breached(SlaClock.RESOLVE, breach)))
                .returns(ACKNOWLEDGED, ComplaintState::status)
                .returns(ACKNOWLEDGED_AT, ComplaintState::acknowledgedAt)
                .returns(null, ComplaintState::acknowledgeBreachedAt)
                .returns(breach, ComplaintState::resolveBreachedAt);
    }

    @Test
    void escalated_keepsTheHighestLevel() {
        ComplaintState atTwo = stateAfter(filed(), assigned("agent-amira"), escalated(1), escalated(2));
        assertThat(atTwo.escalationLevel()).isEqualTo(2);
        assertThat(after(atTwo, escalated(1)).escalationLevel()).isEqualTo(2);
    }

    // --- resolution ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"ASSIGNED", "ACKNOWLEDGED", "REOPENED"})
    void resolved_fromAStatusInHand_isResolved_atItsTime(ComplaintStatus status) {
        assertThat(after(in(status), resolved()))
                .returns(RESOLVED, ComplaintState::status)
                .returns(RESOLVED_AT, ComplaintState::resolvedAt);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "RESOLVED", "CLOSED"})
    void resolved_isIgnored_unlessInHand(ComplaintStatus status) {
        assertThat(Complaint.evolve(in(status), resolved()))
                .isEqualTo(new Evolution.Ignored<>("cannot resolve a complaint that is " + status));
    }

    // --- reopening ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"RESOLVED", "CLOSED"})
    void reopened_fromResolvedOrClosed_isReopened_withNewDueTimes_andTheClocksStopsCleared(ComplaintStatus status) {
        List<ComplaintLifecycleEvent> events = new ArrayList<>(List.of(filed(), assigned("agent-amira"),
                breached(SlaClock.ACKNOWLEDGE, at("2026-01-12T13:00:01Z")), acknowledged(ACKNOWLEDGED_AT),
                breached(SlaClock.RESOLVE, at("2026-01-15T09:00:01Z")), resolved()));
        if (status == CLOSED) {
            events.add(closed());
        }
        ComplaintState before = stateAfter(events);
        assertThat(before.status()).isEqualTo(status);

        assertThat(after(before, reopened()))
                .returns(REOPENED, ComplaintState::status)
                .returns(1, ComplaintState::reopenCount)
                .returns("agent-amira", ComplaintState::ownerId)
                .returns(REOPEN_ACKNOWLEDGE_BY, ComplaintState::acknowledgeDueAt)
                .returns(REOPEN_RESOLVE_BY, ComplaintState::resolveDueAt)
                .returns(null, ComplaintState::acknowledgedAt)
                .returns(null, ComplaintState::acknowledgeBreachedAt)
                .returns(null, ComplaintState::resolvedAt)
                .returns(null, ComplaintState::resolveBreachedAt);
    }

    @Test
    void reopened_withoutDueTimes_asWrittenBeforeTheyWereRecorded_runsNoClock() {
        ComplaintState reopened = after(in(RESOLVED), new ComplaintReopened(ID, REOPENED_AT, "Dropouts are back",
                "customer"));
        assertThat(reopened)
                .returns(REOPENED, ComplaintState::status)
                .returns(null, ComplaintState::acknowledgeDueAt)
                .returns(null, ComplaintState::resolveDueAt)
                .returns(null, ComplaintState::nextDueAt);
    }

    @Test
    void reopenedTwice_countsBothReopenings() {
        ComplaintState twice = stateAfter(filed(), assigned("agent-amira"), resolved(), reopened(), resolved(),
                reopened());
        assertThat(twice.reopenCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "ASSIGNED", "ACKNOWLEDGED", "REOPENED"})
    void reopened_isIgnored_unlessResolvedOrClosed(ComplaintStatus status) {
        assertThat(Complaint.evolve(in(status), reopened()))
                .isEqualTo(new Evolution.Ignored<>("cannot reopen a complaint that is " + status));
    }

    // --- closing and contacts ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void closed_fromAnyOtherStatus_isClosed(ComplaintStatus status) {
        ComplaintState before = in(status);
        ComplaintState closed = after(before, closed());
        assertThat(closed.status()).isEqualTo(CLOSED);
        assertThat(closed.ownerId()).isEqualTo(before.ownerId());
    }

    @Test
    void aSecondClosing_isIgnored() {
        assertThat(Complaint.evolve(in(CLOSED), closed()))
                .isEqualTo(new Evolution.Ignored<>("complaint already closed"));
    }

    @Test
    void contactLogged_raisesTheContactCount_butNeverLowersIt() {
        ComplaintState third = stateAfter(filed(), assigned("agent-amira"), contact(3));
        assertThat(third.contactCount()).isEqualTo(3);
        assertThat(after(third, contact(2)).contactCount()).isEqualTo(3);
    }

    // --- first contact ---

    @Test
    void firstContact_whenTheFirstOwnerHasIt_withOneContact_andNoReopening() {
        assertThat(Complaint.firstContact(in(ASSIGNED))).isTrue();
        assertThat(Complaint.firstContact(in(ACKNOWLEDGED))).isTrue();
    }

    @Test
    void firstContact_isFalse_afterAReassignmentToSomeoneElse() {
        assertThat(Complaint.firstContact(after(in(ASSIGNED), reassigned("agent-bruno", "agent-amira")))).isFalse();
    }

    @Test
    void firstContact_isFalse_onceTheCustomerGotInTouchAgain() {
        assertThat(Complaint.firstContact(after(in(ASSIGNED), contact(2)))).isFalse();
    }

    @Test
    void firstContact_isFalse_afterAReopening() {
        assertThat(Complaint.firstContact(in(REOPENED))).isFalse();
    }

    @Test
    void firstContact_isFalse_whileQueued() {
        assertThat(Complaint.firstContact(in(QUEUED))).isFalse();
    }

    // --- the next due time ---

    @Test
    void nextDueAt_isTheAcknowledgeDueTime_whileUnacknowledged() {
        assertThat(in(ASSIGNED).nextDueAt()).isEqualTo(ACKNOWLEDGE_BY);
        assertThat(in(QUEUED).nextDueAt()).isEqualTo(ACKNOWLEDGE_BY);
        assertThat(in(REOPENED).nextDueAt()).isEqualTo(REOPEN_ACKNOWLEDGE_BY);
    }

    @Test
    void nextDueAt_isTheResolveDueTime_onceAcknowledged() {
        assertThat(in(ACKNOWLEDGED).nextDueAt()).isEqualTo(RESOLVE_BY);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "RESOLVED", "CLOSED"})
    void nextDueAt_isNull_beforeTheClocksRun_andOnceResolved(ComplaintStatus status) {
        assertThat(in(status).nextDueAt()).isNull();
    }
}
