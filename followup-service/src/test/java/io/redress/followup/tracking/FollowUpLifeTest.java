package io.redress.followup.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintNotification;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.Severity;
import io.redress.events.SlaClock;
import io.redress.followup.policy.FollowUpPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The follow-up rules, pure: what each event plans, cancels, sends and closes. */
class FollowUpLifeTest {

    static final UUID ID = UUID.fromString("3b0c1d7e-5f2a-4e8b-9c6d-1a2b3c4d5e6f");
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant ACK_BY = T0.plus(Duration.ofHours(4));
    static final Instant RESOLVE_BY = T0.plus(Duration.ofDays(3));

    static FollowUpPolicy policy() {
        Map<Severity, Duration> checkIn = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            checkIn.put(severity, Duration.ofDays(3));
        }
        checkIn.put(Severity.CRITICAL, Duration.ofDays(1));
        return new FollowUpPolicy(checkIn, Duration.ofDays(2), 2, Duration.ofDays(14), 1, Duration.ofHours(1),
                Duration.ofHours(2), Map.of(Channel.IN_STORE, Channel.EMAIL), Channel.CHAT);
    }

    static ComplaintFiled filed(Channel channel, Severity severity) {
        return new ComplaintFiled(ID, T0, "cust-42", null, channel, "billing", severity, "Charged twice", null, null,
                null, null, null, T0, null, null, 0, List.of(), "pt-BR");
    }

    static Life assigned(Channel channel, Severity severity) {
        return new Life(policy()).apply(filed(channel, severity)).apply(new ComplaintAssigned(ID, T0.plusSeconds(2),
                "agent-chen", "billing-care", "LEAST_LOADED", null, ACK_BY, RESOLVE_BY, "Chen Wei"));
    }

    static Life resolved(Instant at) {
        return assigned(Channel.EMAIL, Severity.MAJOR).apply(acknowledged(null)).apply(resolution(at));
    }

    static ComplaintAcknowledged acknowledged(Instant resolveBy) {
        return new ComplaintAcknowledged(ID, T0.plus(Duration.ofHours(1)), "agent-chen", true, "Sorry", "agent-chen",
                resolveBy);
    }

    static ComplaintResolved resolution(Instant at) {
        return new ComplaintResolved(ID, at, "agent-chen", new Remedy(RemedyType.REFUND, null, null), true, null,
                true, "Refunded");
    }

    static SatisfactionRecorded answer(Instant at, int score, Boolean reopen) {
        return new SatisfactionRecorded(ID, at, score, true, true, true, true, null, reopen);
    }

    @Test
    void anAssignmentWithDueTimes_plansBothOwnerRemindersAndTheDelayNotice_aLeadBeforeEach() {
        Life life = assigned(Channel.EMAIL, Severity.MAJOR);

        assertThat(life.emitted(FollowUpScheduled.class)).extracting(FollowUpScheduled::kind,
                FollowUpScheduled::clock, FollowUpScheduled::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.OWNER_REMINDER, SlaClock.ACKNOWLEDGE,
                        ACK_BY.minus(Duration.ofHours(1))),
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.OWNER_REMINDER, SlaClock.RESOLVE,
                        RESOLVE_BY.minus(Duration.ofHours(1))),
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.DELAY_NOTICE, null,
                        RESOLVE_BY.minus(Duration.ofHours(2))));
        assertThat(life.timers).containsOnlyKeys(Slot.REMIND_ACKNOWLEDGE, Slot.REMIND_RESOLVE, Slot.DELAY_NOTICE);
        assertThat(life.state.complaint().ownerName()).isEqualTo("Chen Wei");
    }

    @Test
    void aShortClock_isNotRemindedOfInItsFirstHalf() {
        Instant soon = T0.plusSeconds(2).plus(Duration.ofMinutes(60));
        Life life = new Life(policy()).apply(filed(Channel.EMAIL, Severity.CRITICAL)).apply(new ComplaintAssigned(ID,
                T0.plusSeconds(2), "agent-chen", "billing-care", "LEAST_LOADED", null, soon, null, null));

        assertThat(life.emitted(FollowUpScheduled.class)).singleElement()
                .satisfies(s -> assertThat(s.dueAt()).isEqualTo(T0.plusSeconds(2).plus(Duration.ofMinutes(30))));
    }

    @Test
    void theOwnerReminder_goesToTheOwnerOnTheStaffChannel_namingTheDueTime() {
        Life life = assigned(Channel.PHONE, Severity.MAJOR).at(ACK_BY.minus(Duration.ofMinutes(59)));

        assertThat(life.emitted(FollowUpSent.class)).extracting(FollowUpSent::kind)
                .containsExactly(FollowUpKind.OWNER_REMINDER);
        ComplaintNotification reminder = life.notified.getFirst();
        assertThat(reminder.recipient()).isEqualTo(ComplaintNotification.Recipient.OWNER);
        assertThat(reminder.channel()).isEqualTo(Channel.CHAT);
        assertThat(reminder.templateKey()).isEqualTo("owner-reminder-acknowledge");
        assertThat(reminder.dueAt()).isEqualTo(ACK_BY);
        assertThat(reminder.ownerId()).isEqualTo("agent-chen");
        assertThat(reminder.notificationId()).isEqualTo(life.emitted(FollowUpSent.class).getFirst().followUpId());
    }

    @Test
    void theAcknowledgement_cancelsItsReminder_andANewPromise_replansTheResolveReminderAndTheNotice() {
        Instant later = RESOLVE_BY.plus(Duration.ofDays(1));
        Life life = assigned(Channel.EMAIL, Severity.MAJOR).apply(acknowledged(later));

        assertThat(life.followUps(FollowUpStatus.CANCELLED)).extracting(FollowUp::slot, FollowUp::cancelReason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Slot.REMIND_ACKNOWLEDGE, "acknowledged"),
                        org.assertj.core.groups.Tuple.tuple(Slot.REMIND_RESOLVE, "replaced"),
                        org.assertj.core.groups.Tuple.tuple(Slot.DELAY_NOTICE, "replaced"));
        assertThat(life.timers).containsOnlyKeys(Slot.REMIND_RESOLVE, Slot.DELAY_NOTICE)
                .containsEntry(Slot.DELAY_NOTICE, later.minus(Duration.ofHours(2)));
    }

    @Test
    void aResolution_cancelsTheRemindersAndTheNotice_andPlansTheSurveyAtOnceAndTheCheckInPerSeverity() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at);

        assertThat(life.followUps(FollowUpStatus.CANCELLED)).extracting(FollowUp::cancelReason)
                .contains("resolved");
        assertThat(life.followUps(FollowUpStatus.DUE)).extracting(FollowUp::kind, FollowUp::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.SATISFACTION_SURVEY, at),
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.CHECK_IN, at.plus(Duration.ofDays(3))));
        assertThat(life.timers).containsOnlyKeys(Slot.SURVEY, Slot.CHECK_IN);
    }

    @Test
    void theSurvey_goesToTheCustomerOnTheirChannel_inTheirLanguage_signedByTheOwner() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = new Life(policy()).apply(filed(Channel.IN_STORE, Severity.MAJOR)).apply(new ComplaintAssigned(ID,
                T0, "agent-chen", "billing-care", "LEAST_LOADED", null, null, null, "Chen Wei"))
                .apply(resolution(at)).at(at);

        ComplaintNotification survey = life.notified.getFirst();
        assertThat(survey.kind()).isEqualTo(FollowUpKind.SATISFACTION_SURVEY);
        assertThat(survey.recipient()).isEqualTo(ComplaintNotification.Recipient.CUSTOMER);
        assertThat(survey.channel()).as("IN_STORE is mapped to EMAIL").isEqualTo(Channel.EMAIL);
        assertThat(survey.language()).isEqualTo("pt-BR");
        assertThat(survey.ownerName()).isEqualTo("Chen Wei");
        assertThat(survey.templateKey()).isEqualTo("satisfaction-survey");
        assertThat(survey.attempt()).isEqualTo(1);
        assertThat(survey.dueAt()).isNull();
    }

    @Test
    void anUnansweredSurvey_isSentAgainUpToTheLimit_thenTheComplaintClosesNoResponse() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at);
        life.at(at.plus(Duration.ofDays(2))).at(at.plus(Duration.ofDays(4)));

        List<ComplaintNotification> surveys = life.notified.stream()
                .filter(n -> n.kind() == FollowUpKind.SATISFACTION_SURVEY).toList();
        assertThat(surveys).extracting(ComplaintNotification::attempt, ComplaintNotification::templateKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "satisfaction-survey"),
                        org.assertj.core.groups.Tuple.tuple(2, "satisfaction-survey-reminder"),
                        org.assertj.core.groups.Tuple.tuple(3, "satisfaction-survey-reminder"));
        assertThat(life.timers).doesNotContainKey(Slot.SURVEY)
                .containsEntry(Slot.CLOSE_NO_RESPONSE, at.plus(Duration.ofDays(18)));

        life.at(at.plus(Duration.ofDays(18)).minusSeconds(1));
        assertThat(life.emitted(ComplaintClosed.class)).isEmpty();
        life.at(at.plus(Duration.ofDays(18)));
        assertThat(life.emitted(ComplaintClosed.class)).extracting(ComplaintClosed::outcome)
                .containsExactly(ClosureOutcome.NO_RESPONSE);
        assertThat(life.state.stage()).isEqualTo(FollowUpStage.CLOSED);
        assertThat(life.timers).isEmpty();
    }

    @Test
    void aHappyAnswer_closesSatisfied_onlyOnceTheCheckInHasGoneOut() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at).apply(answer(at.plusSeconds(3600), 5, false));

        assertThat(life.emitted(ComplaintClosed.class)).isEmpty();
        assertThat(life.timers).containsOnlyKeys(Slot.CHECK_IN);
        life.at(at.plus(Duration.ofDays(3)));

        assertThat(life.emitted(FollowUpSent.class)).extracting(FollowUpSent::kind)
                .containsExactly(FollowUpKind.SATISFACTION_SURVEY, FollowUpKind.CHECK_IN);
        assertThat(life.emitted(ComplaintClosed.class)).extracting(ComplaintClosed::outcome)
                .containsExactly(ClosureOutcome.SATISFIED);
    }

    @Test
    void aLukewarmAnswerAfterTheCheckIn_closesDissatisfiedAtOnce() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at).at(at.plus(Duration.ofDays(3)))
                .apply(answer(at.plus(Duration.ofDays(3)).plusSeconds(60), 3, false));

        assertThat(life.emitted(ComplaintClosed.class)).extracting(ComplaintClosed::outcome)
                .containsExactly(ClosureOutcome.DISSATISFIED);
    }

    @Test
    void aLowScoreThatReopens_closesNothing_andTheReopeningCancelsTheCheckInAndReSends() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at).apply(answer(at.plusSeconds(60), 1, true));
        assertThat(life.emitted(ComplaintClosed.class)).isEmpty();

        life.apply(new ComplaintReopened(ID, at.plusSeconds(120), "score 1", "customer", at.plus(Duration.ofHours(5)),
                at.plus(Duration.ofDays(4))));

        assertThat(life.state.stage()).isEqualTo(FollowUpStage.REOPENED);
        assertThat(life.followUps(FollowUpStatus.CANCELLED)).extracting(FollowUp::kind, FollowUp::cancelReason)
                .contains(org.assertj.core.groups.Tuple.tuple(FollowUpKind.CHECK_IN, "reopened"));
        assertThat(life.timers).containsOnlyKeys(Slot.REMIND_ACKNOWLEDGE, Slot.REMIND_RESOLVE, Slot.DELAY_NOTICE);
    }

    @Test
    void aLowScoreOnceTheReopeningsAreUsedUp_closesDissatisfied() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at).apply(answer(at.plusSeconds(60), 2, false));

        assertThat(life.emitted(ComplaintClosed.class)).extracting(ComplaintClosed::outcome)
                .containsExactly(ClosureOutcome.DISSATISFIED);
        assertThat(life.followUps(FollowUpStatus.DUE)).isEmpty();
        assertThat(life.timers).isEmpty();
    }

    @Test
    void aClosedComplaint_takesNoMoreFollowUps() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at).apply(answer(at.plusSeconds(60), 2, false));

        life.apply(new FollowUpScheduled(ID, at.plusSeconds(90), UUID.randomUUID(), FollowUpKind.CHECK_IN,
                at.plus(Duration.ofDays(9))));

        assertThat(life.ignored).contains("complaint is CLOSED: it takes no more follow-ups");
        assertThat(life.timers).isEmpty();
    }

    @Test
    void remindersThatReachTheLogAfterTheResolution_areRecordedCancelledByIt_asTheLiveViewHasThem() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life live = resolved(at);
        Life replay = new Life(policy()).deferReactions().apply(filed(Channel.EMAIL, Severity.MAJOR))
                .apply(new ComplaintAssigned(ID, T0.plusSeconds(2), "agent-chen", "billing-care", "LEAST_LOADED",
                        null, ACK_BY, RESOLVE_BY, "Chen Wei"))
                .apply(acknowledged(null)).apply(resolution(at)).flush();

        assertThat(replay.state).isEqualTo(live.state);
        assertThat(replay.timers).isEqualTo(live.timers);
    }

    @Test
    void aSurveyThatReachesTheLogAfterAReopening_isRecordedCancelledByIt() {
        Instant at = T0.plus(Duration.ofDays(1));
        ComplaintReopened reopened = new ComplaintReopened(ID, at.plusSeconds(5), "contact", "customer", null, null);
        Life live = resolved(at).apply(reopened);
        Life replay = assigned(Channel.EMAIL, Severity.MAJOR).apply(acknowledged(null)).deferReactions()
                .apply(resolution(at)).apply(reopened).flush();

        assertThat(replay.state).isEqualTo(live.state);
        assertThat(replay.followUps(FollowUpStatus.CANCELLED)).extracting(FollowUp::kind, FollowUp::cancelReason)
                .contains(org.assertj.core.groups.Tuple.tuple(FollowUpKind.SATISFACTION_SURVEY, "reopened"),
                        org.assertj.core.groups.Tuple.tuple(FollowUpKind.CHECK_IN, "reopened"));
        assertThat(replay.timers).isEmpty();
    }

    @Test
    void theSameFollowUpSentTwice_isIgnoredTheSecondTime() {
        Instant at = T0.plus(Duration.ofDays(1));
        Life life = resolved(at).at(at);
        FollowUpSent sent = life.emitted(FollowUpSent.class).getFirst();

        life.apply(sent);

        assertThat(life.ignored).singleElement().asString().endsWith("is SENT");
        assertThat(life.state.complaint().surveysSent()).isEqualTo(1);
    }
}
