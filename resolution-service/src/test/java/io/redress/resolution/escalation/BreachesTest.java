package io.redress.resolution.escalation;

import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ACKNOWLEDGE_DUE;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ID;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.RESOLVE_DUE;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStateBuilder;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.redress.resolution.roster.Roster;
import io.redress.resolution.sla.SlaClocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a due SLA or escalation timer produces, on the complaint as the view holds it. */
class BreachesTest {

    private static final Instant NOW = Instant.parse("2026-01-12T13:00:02Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    private static final Roster ROSTER = new Roster("head-hana", List.of(
            new Roster.Team("billing-care", "sup-sara", List.of("billing"), List.of(), null)), List.of());

    private static List<ComplaintLifecycleEvent> fire(String timer, Instant dueAt, ComplaintState state) {
        return Breaches.fire(timer, dueAt, state, ROSTER, FOUR_HOURS, NOW);
    }

    private static ComplaintEscalated toLevel1(String to, String reason) {
        return new ComplaintEscalated(ID, NOW, 1, to, reason);
    }

    // --- the acknowledge clock ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"ASSIGNED", "REOPENED", "QUEUED"})
    void acknowledgeDue_unacknowledged_atLevel0_breaches_andEscalatesToTheTeamSupervisor(ComplaintStatus status) {
        assertThat(fire(SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE, complaint(status).build())).containsExactly(
                new SlaBreached(ID, NOW, SlaClock.ACKNOWLEDGE, ACKNOWLEDGE_DUE),
                toLevel1("sup-sara", "acknowledge SLA breached (due 2026-01-12T13:00:00Z)"));
    }

    @Test
    void acknowledgeDue_atLevel1_breaches_withoutEscalatingAgain() {
        assertThat(fire(SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE,
                complaint(ComplaintStatus.ASSIGNED).escalationLevel(1).build()))
                .containsExactly(new SlaBreached(ID, NOW, SlaClock.ACKNOWLEDGE, ACKNOWLEDGE_DUE));
    }

    @Test
    void acknowledgeDue_whenAcknowledged_doesNothing() {
        assertThat(fire(SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE, complaint(ComplaintStatus.ACKNOWLEDGED)
                .acknowledgedAt(Instant.parse("2026-01-12T12:59:00Z")).build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SlaClocks.ACKNOWLEDGE, SlaClocks.RESOLVE, SlaClocks.HEAD_OF_SERVICE})
    void anyTimer_ofAResolvedOrClosedComplaint_doesNothing(String timer) {
        assertThat(fire(timer, ACKNOWLEDGE_DUE, complaint(ComplaintStatus.RESOLVED).escalationLevel(1)
                .resolvedAt(Instant.parse("2026-01-12T12:00:00Z")).build())).isEmpty();
        assertThat(fire(timer, ACKNOWLEDGE_DUE, complaint(ComplaintStatus.CLOSED).escalationLevel(1).build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SlaClocks.ACKNOWLEDGE, SlaClocks.RESOLVE, SlaClocks.HEAD_OF_SERVICE})
    void anyTimer_ofAComplaintTheViewDoesNotKnow_doesNothing(String timer) {
        assertThat(fire(timer, ACKNOWLEDGE_DUE, null)).isEmpty();
    }

    // --- the resolve clock ---

    @Test
    void resolveDue_unresolved_atLevel0_breaches_andEscalatesToTheTeamSupervisor() {
        assertThat(fire(SlaClocks.RESOLVE, RESOLVE_DUE, complaint(ComplaintStatus.ACKNOWLEDGED)
                .acknowledgedAt(Instant.parse("2026-01-12T10:00:00Z")).build())).containsExactly(
                new SlaBreached(ID, NOW, SlaClock.RESOLVE, RESOLVE_DUE),
                toLevel1("sup-sara", "resolve SLA breached (due 2026-01-15T09:00:00Z)"));
    }

    @Test
    void resolveDue_atLevel1_breaches_withoutEscalatingAgain() {
        assertThat(fire(SlaClocks.RESOLVE, RESOLVE_DUE, complaint(ComplaintStatus.ACKNOWLEDGED).escalationLevel(1)
                .build())).containsExactly(new SlaBreached(ID, NOW, SlaClock.RESOLVE, RESOLVE_DUE));
    }

    @Test
    void resolveDue_atLevel2_breaches_withoutEscalatingAgain() {
        assertThat(fire(SlaClocks.RESOLVE, RESOLVE_DUE, complaint(ComplaintStatus.REOPENED).escalationLevel(2)
                .build())).containsExactly(new SlaBreached(ID, NOW, SlaClock.RESOLVE, RESOLVE_DUE));
    }

    @Test
    void aBreach_inATeamMissingFromTheRoster_escalatesToTheHeadOfService() {
        assertThat(fire(SlaClocks.ACKNOWLEDGE, ACKNOWLEDGE_DUE, complaint(ComplaintStatus.ASSIGNED)
                .team("disbanded-care").build())).containsExactly(
                new SlaBreached(ID, NOW, SlaClock.ACKNOWLEDGE, ACKNOWLEDGE_DUE),
                toLevel1("head-hana", "acknowledge SLA breached (due 2026-01-12T13:00:00Z)"));
    }

    // --- the head of service ---

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void headOfServiceDue_whileOpenBelowLevel2_escalatesToTheHeadOfService(int level) {
        assertThat(fire(SlaClocks.HEAD_OF_SERVICE, NOW, complaint(ComplaintStatus.ACKNOWLEDGED)
                .escalationLevel(level).build())).containsExactly(new ComplaintEscalated(ID, NOW, 2, "head-hana",
                "still open PT4H after the escalation to the team supervisor"));
    }

    @Test
    void headOfServiceDue_atLevel2_doesNothing() {
        assertThat(fire(SlaClocks.HEAD_OF_SERVICE, NOW, complaint(ComplaintStatus.ACKNOWLEDGED).escalationLevel(2)
                .build())).isEmpty();
    }

    @Test
    void anUnknownTimer_ofAnOpenComplaint_isRefused() {
        ComplaintState open = ComplaintStateBuilder.complaint(ComplaintStatus.ASSIGNED).build();
        assertThatIllegalArgumentException().isThrownBy(() -> fire("follow-up", NOW, open))
                .withMessage("not an SLA timer: follow-up");
    }
}
