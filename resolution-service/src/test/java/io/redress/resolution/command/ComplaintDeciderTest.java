package io.redress.resolution.command;

import static io.redress.resolution.lifecycle.ComplaintStateBuilder.ID;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.RESOLVE_DUE;
import static io.redress.resolution.lifecycle.ComplaintStateBuilder.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.command.Decision;
import io.redress.core.command.Refusal;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStateBuilder;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.redress.resolution.sla.SlaPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each command against the statuses it is allowed and refused in, and who may give it. */
class ComplaintDeciderTest {

    private static final Instant NOW = Instant.parse("2026-01-13T10:00:00Z");
    private static final SlaPolicy.Dues RESTARTED = new SlaPolicy.Dues(Instant.parse("2026-01-13T14:00:00Z"),
            Instant.parse("2026-01-16T10:00:00Z"));

    private static final Actor OWNER = new Actor("agent-amira", Set.of(Roles.AGENT));
    private static final Actor OTHER_AGENT = new Actor("agent-bruno", Set.of(Roles.AGENT));
    private static final Actor SUPERVISOR = new Actor("sup-sara", Set.of(Roles.SUPERVISOR));

    private static final ComplaintCommand.Acknowledge ACKNOWLEDGE =
            new ComplaintCommand.Acknowledge(true, "Sorry you were charged twice; I am on it.");
    private static final ComplaintCommand.Assign TO_BRUNO = new ComplaintCommand.Assign("agent-bruno", null);
    private static final ComplaintCommand.Reopen REOPEN = new ComplaintCommand.Reopen("Charged twice again");

    private static ComplaintCommand.Resolve resolve(RemedyType type, String amount, String currency) {
        return new ComplaintCommand.Resolve(new ComplaintCommand.RemedyRequest(type,
                amount == null ? null : new BigDecimal(amount), currency), true, "Waived the fee",
                "Refunded the double charge", "My money back");
    }

    private static final ComplaintCommand.Resolve REFUND = resolve(RemedyType.REFUND, "65.00", "EUR");

    private static Decision decide(ComplaintState state, ComplaintCommand command, Actor actor) {
        return ComplaintDecider.decide(state, command, new ComplaintDecider.Context(actor, NOW, RESTARTED));
    }

    private static Decision decide(ComplaintStatus status, ComplaintCommand command, Actor actor) {
        return decide(in(status), command, actor);
    }

    /** A complaint in this status as resolution holds it: a queued one is its supervisor's, a filed one nobody's. */
    private static ComplaintState in(ComplaintStatus status) {
        return switch (status) {
            case FILED -> ComplaintStateBuilder.filed().build();
            case QUEUED -> ComplaintStateBuilder.queued().build();
            default -> complaint(status).build();
        };
    }

    private static Decision.Refused conflict(String detail, ComplaintStatus status) {
        return new Decision.Refused(Refusal.CONFLICT, "complaint " + ID + " is " + status + detail, status.name(),
                null);
    }

    private static Decision.Refused invalid(String field, String detail) {
        return new Decision.Refused(Refusal.INVALID, detail, null, field);
    }

    private static final Decision.Refused NOT_AMIRAS_AGENT = new Decision.Refused(Refusal.NOT_YOURS, "complaint " + ID
            + " is owned by agent-amira; an agent acts only on complaints they own", null, null);

    // --- every command ---

    static Stream<ComplaintCommand> everyCommand() {
        return Stream.of(ACKNOWLEDGE, TO_BRUNO, REFUND, REOPEN);
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommand_isNotFound_onAComplaintResolutionDoesNotKnow(ComplaintCommand command) {
        assertThat(decide((ComplaintState) null, command, SUPERVISOR)).isEqualTo(new Decision.Refused(
                Refusal.NOT_FOUND, "No complaint with this id in resolution's view (yet)", null, null));
    }

    // --- acknowledge ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"ASSIGNED", "REOPENED"})
    void acknowledge_byTheOwner_isAccepted_promisingTheResolveDueTime(ComplaintStatus status) {
        assertThat(decide(status, ACKNOWLEDGE, OWNER)).isEqualTo(Decision.accept(new ComplaintAcknowledged(ID, NOW,
                "agent-amira", true, "Sorry you were charged twice; I am on it.", "agent-amira", RESOLVE_DUE)));
    }

    @Test
    void acknowledge_byASupervisor_isAccepted_forTheOwner_actedByTheSupervisor() {
        assertThat(decide(ComplaintStatus.ASSIGNED, ACKNOWLEDGE, SUPERVISOR)).isEqualTo(Decision.accept(
                new ComplaintAcknowledged(ID, NOW, "agent-amira", true, "Sorry you were charged twice; I am on it.",
                        "sup-sara", RESOLVE_DUE)));
    }

    @Test
    void acknowledge_carriesTheStatesResolveDueTime_asItStandsAfterAReopening() {
        Instant reopenedDue = Instant.parse("2026-01-20T09:00:00Z");
        Decision decision = decide(complaint(ComplaintStatus.REOPENED).resolveDue(reopenedDue).reopens(1).build(),
                ACKNOWLEDGE, OWNER);
        assertThat(((ComplaintAcknowledged) ((Decision.Accepted) decision).events().getFirst()).resolveBy())
                .isEqualTo(reopenedDue);
    }

    @Test
    void acknowledge_byAnAgentWhoDoesNotOwnIt_isForbidden() {
        assertThat(decide(ComplaintStatus.ASSIGNED, ACKNOWLEDGE, OTHER_AGENT)).isEqualTo(NOT_AMIRAS_AGENT);
    }

    @Test
    void acknowledge_byAnAgent_ofAComplaintNobodyOwns_isForbidden_namingNobody() {
        assertThat(decide(ComplaintStatus.FILED, ACKNOWLEDGE, OWNER)).isEqualTo(new Decision.Refused(
                Refusal.NOT_YOURS, "complaint " + ID + " is owned by nobody yet; an agent acts only on complaints"
                        + " they own", null, null));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "ACKNOWLEDGED", "RESOLVED", "CLOSED"})
    void acknowledge_isRefused_unlessAssignedOrReopened(ComplaintStatus status) {
        assertThat(decide(status, ACKNOWLEDGE, SUPERVISOR)).isEqualTo(
                conflict("; only an ASSIGNED or REOPENED complaint can be acknowledged", status));
    }

    // --- assign ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"ASSIGNED", "ACKNOWLEDGED", "REOPENED", "RESOLVED"})
    void assign_toSomeoneElse_isAccepted_byHand_withThePreviousOwner_inTheSameTeam(ComplaintStatus status) {
        assertThat(decide(status, TO_BRUNO, SUPERVISOR)).isEqualTo(Decision.accept(new ComplaintAssigned(ID, NOW,
                "agent-bruno", "billing-care", "MANUAL", "agent-amira", null, null)));
    }

    @Test
    void assign_toANamedTeam_movesItThere() {
        assertThat(decide(ComplaintStatus.ASSIGNED, new ComplaintCommand.Assign("agent-noah", "network-care"),
                SUPERVISOR)).isEqualTo(Decision.accept(new ComplaintAssigned(ID, NOW, "agent-noah", "network-care",
                        "MANUAL", "agent-amira")));
    }

    @Test
    void assign_ofAQueuedComplaint_toItsHolder_isAccepted() {
        assertThat(decide(ComplaintStatus.QUEUED, new ComplaintCommand.Assign("sup-sara", null), SUPERVISOR))
                .isEqualTo(Decision.accept(new ComplaintAssigned(ID, NOW, "sup-sara", "billing-care", "MANUAL",
                        "sup-sara")));
    }

    @Test
    void assign_toItsCurrentOwner_isRefused() {
        assertThat(decide(ComplaintStatus.ACKNOWLEDGED, new ComplaintCommand.Assign("agent-amira", null),
                SUPERVISOR)).isEqualTo(new Decision.Refused(Refusal.CONFLICT, "complaint " + ID
                        + " is already owned by agent-amira", "ACKNOWLEDGED", null));
    }

    @Test
    void assign_ofAClosedComplaint_isRefused() {
        assertThat(decide(ComplaintStatus.CLOSED, TO_BRUNO, SUPERVISOR)).isEqualTo(
                conflict("; a closed complaint keeps its owner", ComplaintStatus.CLOSED));
    }

    @Test
    void assign_ofAComplaintWithoutATeam_isInvalid_unlessTheTeamIsNamed() {
        assertThat(decide(ComplaintStatus.FILED, TO_BRUNO, SUPERVISOR)).isEqualTo(
                invalid("team", "the complaint has no team yet; name the new owner's team"));
        assertThat(decide(ComplaintStatus.FILED, new ComplaintCommand.Assign("agent-bruno", "billing-care"),
                SUPERVISOR)).isEqualTo(Decision.accept(new ComplaintAssigned(ID, NOW, "agent-bruno", "billing-care",
                        "MANUAL", null)));
    }

    // --- resolve ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"ASSIGNED", "ACKNOWLEDGED"})
    void resolve_byTheOwner_isAccepted_atTheFirstContact(ComplaintStatus status) {
        assertThat(decide(status, REFUND, OWNER)).isEqualTo(Decision.accept(new ComplaintResolved(ID, NOW,
                "agent-amira", new Remedy(RemedyType.REFUND, new BigDecimal("65.00"), "EUR"), true,
                "Waived the fee", true, "Refunded the double charge", "My money back")));
    }

    @Test
    void resolve_byASupervisor_isAccepted_forTheOwner() {
        Decision decision = decide(ComplaintStatus.ACKNOWLEDGED, REFUND, SUPERVISOR);
        assertThat(((ComplaintResolved) ((Decision.Accepted) decision).events().getFirst()).ownerId())
                .isEqualTo("agent-amira");
    }

    @Test
    void resolve_withoutMoney_needsNoCurrency() {
        assertThat(decide(ComplaintStatus.ASSIGNED, resolve(RemedyType.APOLOGY, null, null), OWNER))
                .isEqualTo(Decision.accept(new ComplaintResolved(ID, NOW, "agent-amira",
                        new Remedy(RemedyType.APOLOGY, null, null), true, "Waived the fee", true,
                        "Refunded the double charge", "My money back")));
    }

    @Test
    void resolve_ofAReopenedComplaint_isAccepted_butNotAtTheFirstContact() {
        assertThat(firstContact(complaint(ComplaintStatus.REOPENED).reopens(1).build())).isFalse();
    }

    @Test
    void resolve_isNotAtTheFirstContact_whenTheCustomerHadToComeBack() {
        assertThat(firstContact(complaint(ComplaintStatus.ACKNOWLEDGED).contacts(2).build())).isFalse();
    }

    @Test
    void resolve_isNotAtTheFirstContact_whenSomeoneElseTookItOver() {
        assertThat(firstContact(complaint(ComplaintStatus.ACKNOWLEDGED).owner("agent-bruno").build())).isFalse();
    }

    @Test
    void resolve_isAtTheFirstContact_byTheFirstOwner_withOneContact_andNoReopening() {
        assertThat(firstContact(complaint(ComplaintStatus.ACKNOWLEDGED).build())).isTrue();
    }

    private static boolean firstContact(ComplaintState state) {
        Decision decision = decide(state, REFUND, SUPERVISOR);
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return ((ComplaintResolved) ((Decision.Accepted) decision).events().getFirst()).firstContact();
    }

    @Test
    void resolve_byAnAgentWhoDoesNotOwnIt_isForbidden() {
        assertThat(decide(ComplaintStatus.ACKNOWLEDGED, REFUND, OTHER_AGENT)).isEqualTo(NOT_AMIRAS_AGENT);
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "RESOLVED", "CLOSED"})
    void resolve_isRefused_unlessInHand(ComplaintStatus status) {
        assertThat(decide(status, REFUND, SUPERVISOR)).isEqualTo(
                conflict("; only an ASSIGNED, ACKNOWLEDGED or REOPENED complaint can be resolved", status));
    }

    @Test
    void resolve_withAnAmountButNoCurrency_isInvalid_namingTheCurrency() {
        assertThat(decide(ComplaintStatus.ACKNOWLEDGED, resolve(RemedyType.REFUND, "65.00", null), OWNER))
                .isEqualTo(invalid("remedy.currency", "is required with remedy.amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "ABC", "eur"})
    void resolve_withACurrencyThatIsNotIso4217_isInvalid(String currency) {
        assertThat(decide(ComplaintStatus.ACKNOWLEDGED, resolve(RemedyType.REFUND, "65.00", currency), OWNER))
                .isEqualTo(invalid("remedy.currency", currency + " is not an ISO 4217 currency code"));
    }

    @Test
    void resolve_withAnInvalidCurrency_isInvalid_beforeItIsForbiddenOrInTheWrongState() {
        ComplaintCommand.Resolve xyz = resolve(RemedyType.REFUND, "65.00", "XYZ");
        assertThat(decide(ComplaintStatus.ACKNOWLEDGED, xyz, OTHER_AGENT))
                .isEqualTo(invalid("remedy.currency", "XYZ is not an ISO 4217 currency code"));
        assertThat(decide(ComplaintStatus.CLOSED, xyz, SUPERVISOR))
                .isEqualTo(invalid("remedy.currency", "XYZ is not an ISO 4217 currency code"));
    }

    // --- reopen ---

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"RESOLVED", "CLOSED"})
    void reopen_ofAResolvedOrClosedComplaint_isAccepted_withTheRestartedDueTimes(ComplaintStatus status) {
        assertThat(decide(status, REOPEN, OWNER)).isEqualTo(Decision.accept(new ComplaintReopened(ID, NOW,
                "Charged twice again", "agent-amira", RESTARTED.acknowledgeBy(), RESTARTED.resolveBy())));
    }

    @Test
    void reopen_isRequestedBy_whoeverAsks_alsoAnAgentWhoDoesNotOwnIt() {
        assertThat(decide(ComplaintStatus.RESOLVED, REOPEN, OTHER_AGENT)).isEqualTo(Decision.accept(
                new ComplaintReopened(ID, NOW, "Charged twice again", "agent-bruno", RESTARTED.acknowledgeBy(),
                        RESTARTED.resolveBy())));
        assertThat(decide(ComplaintStatus.CLOSED, REOPEN, SUPERVISOR)).isEqualTo(Decision.accept(
                new ComplaintReopened(ID, NOW, "Charged twice again", "sup-sara", RESTARTED.acknowledgeBy(),
                        RESTARTED.resolveBy())));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"FILED", "QUEUED", "ASSIGNED", "ACKNOWLEDGED", "REOPENED"})
    void reopen_isRefused_unlessResolvedOrClosed(ComplaintStatus status) {
        assertThat(decide(status, REOPEN, SUPERVISOR)).isEqualTo(
                conflict("; only a RESOLVED or CLOSED complaint can be reopened", status));
    }
}
