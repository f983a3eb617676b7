package io.redress.resolution.sla;

import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ACKNOWLEDGE_DUE;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ID;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.RESOLVE_DUE;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.core.timer.TimerChange;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.Severity;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStateBuilder;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which timers each event sets or cancels; and the due times the SLA policy gives, in calendar and business time. */
class SlaClocksTest {

    private static final SlaPolicy DEFAULTS = new SlaPolicy(new SmallRyeConfigBuilder().build());
    private static final String SUBJECT = ID.toString();
    private static final Instant AT = Instant.parse("2026-01-12T09:00:05Z");

    private final SlaClocks clocks = new SlaClocks(DEFAULTS);

    /** The changes for {@code event} on a complaint in {@code before}, given the state the fold makes of it. */
    private List<TimerChange> changes(ComplaintState before, EventEnvelope envelope) {
        ComplaintState after = Complaint.evolve(before, (ComplaintLifecycleEvent) envelope.event()).next()
                .orElse(before);
        return clocks.changes(envelope, after);
    }

    private static EventEnvelope envelope(ComplaintLifecycleEvent event) {
        return EventEnvelope.first(event, "/test");
    }

    private static List<TimerChange> cancelAll() {
        return List.of(new TimerChange.Cancel(SUBJECT, SlaClocks.ACKNOWLEDGE),
                new TimerChange.Cancel(SUBJECT, SlaClocks.RESOLVE),
                new TimerChange.Cancel(SUBJECT, SlaClocks.HEAD_OF_SERVICE));
    }

    // --- what sets the clocks ---

    @Test
    void anAssignmentWithDueTimes_setsBothClocks_asAReactionToIt() {
        EventEnvelope assigned = envelope(new ComplaintAssigned(ID, AT, "agent-amira", "billing-care",
                "LEAST_LOADED", null, ACKNOWLEDGE_DUE, RESOLVE_DUE));
        assertThat(changes(ComplaintStateBuilder.filed().build(), assigned)).containsExactly(
                new TimerChange.Set(assigned.metadata(), SUBJECT, SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE),
                new TimerChange.Set(assigned.metadata(), SUBJECT, SlaClocks.RESOLVE, RESOLVE_DUE));
    }

    @Test
    void anAssignmentToTheQueue_setsBothClocksToo() {
        EventEnvelope queued = envelope(new ComplaintAssigned(ID, AT, "sup-sara", "billing-care",
                "UNASSIGNED_QUEUE", null, ACKNOWLEDGE_DUE, RESOLVE_DUE));
        assertThat(changes(ComplaintStateBuilder.filed().build(), queued)).containsExactly(
                new TimerChange.Set(queued.metadata(), SUBJECT, SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE),
                new TimerChange.Set(queued.metadata(), SUBJECT, SlaClocks.RESOLVE, RESOLVE_DUE));
    }

    @Test
    void anAssignmentWithoutDueTimes_byHandOrOutOfTheQueue_setsNothing() {
        assertThat(changes(complaint(ComplaintStatus.ACKNOWLEDGED).build(), envelope(new ComplaintAssigned(ID, AT,
                "agent-bruno", "billing-care", "MANUAL", "agent-amira")))).isEmpty();
        assertThat(changes(ComplaintStateBuilder.queued().build(), envelope(new ComplaintAssigned(ID, AT,
                "agent-amira", "billing-care", "LEAST_LOADED", "sup-sara")))).isEmpty();
    }

    @Test
    void aReopeningWithDueTimes_setsBothClocksAgain() {
        Instant acknowledgeBy = Instant.parse("2026-01-20T13:00:00Z");
        Instant resolveBy = Instant.parse("2026-01-23T09:00:00Z");
        EventEnvelope reopened = envelope(new ComplaintReopened(ID, AT, "Broken again", "customer", acknowledgeBy,
                resolveBy));
        ComplaintState resolved = complaint(ComplaintStatus.RESOLVED).acknowledgedAt(AT).resolvedAt(AT).build();
        assertThat(changes(resolved, reopened)).containsExactly(
                new TimerChange.Set(reopened.metadata(), SUBJECT, SlaClocks.ACKNOWLEDGE, acknowledgeBy),
                new TimerChange.Set(reopened.metadata(), SUBJECT, SlaClocks.RESOLVE, resolveBy));
    }

    @Test
    void aReopeningWithoutDueTimes_asWrittenBeforeTheyWereRecorded_setsNothing() {
        ComplaintState resolved = complaint(ComplaintStatus.RESOLVED).resolvedAt(AT).build();
        assertThat(changes(resolved, envelope(new ComplaintReopened(ID, AT, "Broken again", "customer")))).isEmpty();
    }

    // --- what stops them ---

    @Test
    void theAcknowledgement_cancelsTheAcknowledgeClock() {
        assertThat(changes(complaint(ComplaintStatus.ASSIGNED).build(), envelope(new ComplaintAcknowledged(ID, AT,
                "agent-amira", true, "Sorry", "agent-amira", RESOLVE_DUE))))
                .containsExactly(new TimerChange.Cancel(SUBJECT, SlaClocks.ACKNOWLEDGE));
    }

    @Test
    void theResolution_cancelsAllThreeTimers() {
        assertThat(changes(complaint(ComplaintStatus.ACKNOWLEDGED).escalationLevel(1).build(), envelope(
                new ComplaintResolved(ID, AT, "agent-amira", new Remedy(RemedyType.APOLOGY, null, null), true, null,
                        true, "Sorted"))))
                .isEqualTo(cancelAll());
    }

    @Test
    void theClosing_cancelsAllThreeTimers() {
        assertThat(changes(complaint(ComplaintStatus.RESOLVED).build(), envelope(new ComplaintClosed(ID, AT,
                ClosureOutcome.NO_RESPONSE)))).isEqualTo(cancelAll());
    }

    // --- the escalation timer ---

    @Test
    void theLevel1Escalation_setsTheHeadOfServiceTimer_fourHoursLater() {
        Instant escalatedAt = Instant.parse("2026-01-12T13:00:01Z");
        EventEnvelope escalated = envelope(new ComplaintEscalated(ID, escalatedAt, 1, "sup-sara",
                "acknowledge SLA breached"));
        assertThat(changes(complaint(ComplaintStatus.ASSIGNED).build(), escalated)).containsExactly(
                new TimerChange.Set(escalated.metadata(), SUBJECT, SlaClocks.HEAD_OF_SERVICE,
                        Instant.parse("2026-01-12T17:00:01Z")));
    }

    @Test
    void theLevel1Escalation_setsTheHeadOfServiceTimer_afterTheConfiguredTime() {
        SlaClocks twoHours = new SlaClocks(new SlaPolicy(new SmallRyeConfigBuilder()
                .withDefaultValue("redress.resolution.escalation.head-of-service-after", "PT2H").build()));
        Instant escalatedAt = Instant.parse("2026-01-12T13:00:01Z");
        EventEnvelope escalated = envelope(new ComplaintEscalated(ID, escalatedAt, 1, "sup-sara",
                "acknowledge SLA breached"));
        assertThat(twoHours.changes(escalated, complaint(ComplaintStatus.ASSIGNED).escalationLevel(1).build()))
                .containsExactly(new TimerChange.Set(escalated.metadata(), SUBJECT, SlaClocks.HEAD_OF_SERVICE,
                        Instant.parse("2026-01-12T15:00:01Z")));
    }

    @Test
    void theLevel2Escalation_cancelsTheHeadOfServiceTimer() {
        assertThat(changes(complaint(ComplaintStatus.ASSIGNED).escalationLevel(1).build(), envelope(
                new ComplaintEscalated(ID, AT, 2, "head-hana", "still open PT4H after the escalation"))))
                .containsExactly(new TimerChange.Cancel(SUBJECT, SlaClocks.HEAD_OF_SERVICE));
    }

    @Test
    void aBreach_cancelsItsOwnClock_soARebuildDoesNotFireItAgain_andAContactChangesNoTimer() {
        ComplaintState assigned = complaint(ComplaintStatus.ASSIGNED).build();
        assertThat(changes(assigned, envelope(new SlaBreached(ID, AT, SlaClock.ACKNOWLEDGE, ACKNOWLEDGE_DUE))))
                .containsExactly(new TimerChange.Cancel(SUBJECT, SlaClocks.ACKNOWLEDGE));
        assertThat(changes(assigned, envelope(new SlaBreached(ID, AT, SlaClock.RESOLVE, ACKNOWLEDGE_DUE))))
                .containsExactly(new TimerChange.Cancel(SUBJECT, SlaClocks.RESOLVE));
        assertThat(changes(assigned, envelope(new ContactLogged(ID, AT, Channel.CHAT, "Any news?", 2)))).isEmpty();
    }

    // --- the policy ---

    @Test
    void thePolicysDefaults_perSeverity() {
        assertThat(Map.of(Severity.CRITICAL, DEFAULTS.acknowledge(Severity.CRITICAL), Severity.MAJOR,
                DEFAULTS.acknowledge(Severity.MAJOR), Severity.MODERATE, DEFAULTS.acknowledge(Severity.MODERATE),
                Severity.MINOR, DEFAULTS.acknowledge(Severity.MINOR))).isEqualTo(Map.of(Severity.CRITICAL,
                Allowance.parse("PT1H"), Severity.MAJOR, Allowance.parse("PT4H"), Severity.MODERATE,
                Allowance.parse("PT24H"), Severity.MINOR, Allowance.parse("PT48H")));
        assertThat(Map.of(Severity.CRITICAL, DEFAULTS.resolve(Severity.CRITICAL), Severity.MAJOR,
                DEFAULTS.resolve(Severity.MAJOR), Severity.MODERATE, DEFAULTS.resolve(Severity.MODERATE),
                Severity.MINOR, DEFAULTS.resolve(Severity.MINOR))).isEqualTo(Map.of(Severity.CRITICAL,
                Allowance.parse("PT24H"), Severity.MAJOR, new Allowance(null, 3), Severity.MODERATE,
                new Allowance(null, 7), Severity.MINOR, new Allowance(null, 14)));
        assertThat(DEFAULTS.headOfServiceAfter()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aComplaintReceivedMoreThan30DaysBeforeItsFiling_isHistory_withoutClocks() {
        Instant filed = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(DEFAULTS.history(filed.minus(Duration.ofDays(31)), filed)).isTrue();
        assertThat(DEFAULTS.history(filed.minus(Duration.ofDays(29)), filed)).isFalse();
        assertThat(DEFAULTS.history(filed.plus(Duration.ofMinutes(3)), filed)).isFalse();
    }

    @Test
    void anAllowance_isHoursOrWorkingDays_neverBothOrNeither() {
        assertThat(Allowance.parse("P3D")).isEqualTo(new Allowance(null, 3));
        assertThat(Allowance.parse("PT90M")).isEqualTo(new Allowance(Duration.ofMinutes(90), 0));
        assertThatThrownBy(() -> Allowance.parse("P1DT2H")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.parse("PT0H")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allowance.parse("3 days")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfiguredDuration_replacesTheDefault_ofThatSeverityOnly() {
        SlaPolicy policy = new SlaPolicy(new SmallRyeConfigBuilder()
                .withDefaultValue("redress.resolution.sla.acknowledge.major", "PT2H")
                .withDefaultValue("redress.resolution.sla.resolve.minor", "P10D").build());
        assertThat(policy.acknowledge(Severity.MAJOR)).isEqualTo(new Allowance(Duration.ofHours(2), 0));
        assertThat(policy.resolve(Severity.MAJOR)).isEqualTo(new Allowance(null, 3));
        assertThat(policy.resolve(Severity.MINOR)).isEqualTo(new Allowance(null, 10));
        assertThat(policy.acknowledge(Severity.MINOR)).isEqualTo(new Allowance(Duration.ofHours(48), 0));
    }

    @ParameterizedTest(name = "{0}: acknowledge by {1}, resolve by {2}")
    @CsvSource({
            "CRITICAL, 2026-01-16T16:00:00Z, 2026-01-17T15:00:00Z",
            "MAJOR,    2026-01-16T19:00:00Z, 2026-01-19T15:00:00Z",
            "MODERATE, 2026-01-17T15:00:00Z, 2026-01-23T15:00:00Z",
            "MINOR,    2026-01-18T15:00:00Z, 2026-01-30T15:00:00Z"})
    void dues_inCalendarTime_runAroundTheClock(Severity severity, Instant acknowledgeBy, Instant resolveBy) {
        Instant fridayAt16Berlin = Instant.parse("2026-01-16T15:00:00Z");
        assertThat(DEFAULTS.dues(severity, BusinessCalendar.ALWAYS, fridayAt16Berlin))
                .isEqualTo(new SlaPolicy.Dues(acknowledgeBy, resolveBy));
    }

    /**
     * Office hours Mon-Fri 09:00-17:00 in Berlin (CET, UTC+1 in January): eight business hours a day, so the
     * allowances in hours are business hours, those in days working days (3 days of MAJOR end at the same time of day
     * three working days later).
     */
    private static final BusinessCalendar BERLIN_OFFICE = new CalendarSpec("Europe/Berlin", Map.of(
            "MONDAY", List.of("09:00-17:00"), "TUESDAY", List.of("09:00-17:00"), "WEDNESDAY", List.of("09:00-17:00"),
            "THURSDAY", List.of("09:00-17:00"), "FRIDAY", List.of("09:00-17:00")), List.of()).toCalendar();

    @ParameterizedTest(name = "{0} received {1}: acknowledge by {2}, resolve by {3}")
    @CsvSource({
            // Friday 16:00 CET: one hour on Friday, three on Monday (12:00 CET); 3 working days: Wednesday 16:00 CET.
            "MAJOR,    2026-01-16T15:00:00Z, 2026-01-19T11:00:00Z, 2026-01-21T15:00:00Z",
            // Friday 16:30 CET: half an hour on Friday, half an hour on Monday; 24 h: Wednesday 21st 16:30 CET.
            "CRITICAL, 2026-01-16T15:30:00Z, 2026-01-19T08:30:00Z, 2026-01-21T15:30:00Z",
            // Saturday: the clocks start on Monday 09:00; 48 h end at a closing (Monday 26th 17:00 CET), and 14
            // working days after Monday 09:00 are Friday 6 February 09:00 CET.
            "MINOR,    2026-01-17T10:00:00Z, 2026-01-26T16:00:00Z, 2026-02-06T08:00:00Z",
            // Monday 09:00 CET: 24 h are three 8-hour days (Wednesday 17:00); 7 working days: Wednesday 21st 09:00.
            "MODERATE, 2026-01-12T08:00:00Z, 2026-01-14T16:00:00Z, 2026-01-21T08:00:00Z"})
    void dues_inBusinessHours_countOnlyTheTeamsWorkingTime(Severity severity, Instant received,
            Instant acknowledgeBy, Instant resolveBy) {
        assertThat(DEFAULTS.dues(severity, BERLIN_OFFICE, received))
                .isEqualTo(new SlaPolicy.Dues(acknowledgeBy, resolveBy));
    }
}
