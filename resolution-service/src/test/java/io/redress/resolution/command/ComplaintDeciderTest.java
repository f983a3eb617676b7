package io.redress.resolution.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.command.Decision;
import io.redress.core.command.Refusal;
import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.core.view.Evolution;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.Severity;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure decisions on resolution's commands, and the fold of what they append, without Kafka or a database. */
class ComplaintDeciderTest {

    private static final UUID ID = UUID.fromString("2b0c8e3a-6f51-4d2e-9c7a-1e5f3b9d0a42");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final ComplaintCommand SORRY = new ComplaintCommand.Acknowledge(true, "Sorry, I am on it.");
    private static final Actor OWNER = new Actor("agent-chen", Set.of(Roles.AGENT));
    private static final Actor OTHER_AGENT = new Actor("agent-ruiz", Set.of(Roles.AGENT));
    private static final Actor SUPERVISOR = new Actor("sup-okafor", Set.of(Roles.SUPERVISOR));

    private static ComplaintState state(ComplaintStatus status) {
        return new ComplaintState(ID, status, "cust-42", "billing", Severity.MAJOR, NOW.minusSeconds(600),
                "agent-chen", "customer-care", 0);
    }

    @Test
    void acknowledge_isAccepted_forAnAssignedComplaint_byItsOwner() {
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ASSIGNED), SORRY, OWNER, NOW)).isEqualTo(
                Decision.accept(new ComplaintAcknowledged(ID, NOW, "agent-chen", true, "Sorry, I am on it.",
                        "agent-chen")));
    }

    @Test
    void aSupervisor_acknowledgesOnTheOwnersBehalf_andIsRecordedAsWhoActed() {
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ASSIGNED), SORRY, SUPERVISOR, NOW)).isEqualTo(
                Decision.accept(new ComplaintAcknowledged(ID, NOW, "agent-chen", true, "Sorry, I am on it.",
                        "sup-okafor")));
    }

    @Test
    void acknowledge_isRefusedAsNotYours_namingTheOwner_whateverTheState() {
        for (ComplaintStatus status : List.of(ComplaintStatus.ASSIGNED, ComplaintStatus.RESOLVED)) {
            assertThat(ComplaintDecider.decide(state(status), SORRY, OTHER_AGENT, NOW))
                    .isInstanceOfSatisfying(Decision.Refused.class, refused -> {
                        assertThat(refused.refusal()).isEqualTo(Refusal.NOT_YOURS);
                        assertThat(refused.detail()).contains("owned by agent-chen");
                    });
        }
    }

    @Test
    void acknowledge_isRefusedAsAConflict_namingTheState_whenAlreadyAcknowledged() {
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ACKNOWLEDGED), SORRY, OWNER, NOW))
                .isInstanceOfSatisfying(Decision.Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
                    assertThat(refused.state()).isEqualTo("ACKNOWLEDGED");
                    assertThat(refused.detail()).contains("is ACKNOWLEDGED");
                });
    }

    @Test
    void anyCommand_onAnUnknownComplaint_isRefusedAsNotFound() {
        for (ComplaintCommand command : List.of(SORRY, new ComplaintCommand.Assign("agent-bruno", null))) {
            assertThat(ComplaintDecider.decide(null, command, SUPERVISOR, NOW))
                    .isInstanceOfSatisfying(Decision.Refused.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_FOUND));
        }
    }

    @Test
    void assign_movesTheComplaintToTheNewOwner_manually_namingThePreviousOne_inTheSameTeamUnlessNamed() {
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ACKNOWLEDGED),
                new ComplaintCommand.Assign("agent-bruno", null), SUPERVISOR, NOW)).isEqualTo(Decision.accept(
                new ComplaintAssigned(ID, NOW, "agent-bruno", "customer-care", "MANUAL", "agent-chen")));
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ASSIGNED),
                new ComplaintCommand.Assign("agent-bruno", "billing-desk"), SUPERVISOR, NOW)).isEqualTo(
                Decision.accept(new ComplaintAssigned(ID, NOW, "agent-bruno", "billing-desk", "MANUAL",
                        "agent-chen")));
    }

    @Test
    void assign_isRefusedAsAConflict_forAClosedComplaint_orToItsOwnOwner() {
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.CLOSED),
                new ComplaintCommand.Assign("agent-bruno", null), SUPERVISOR, NOW))
                .isInstanceOfSatisfying(Decision.Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
                    assertThat(refused.state()).isEqualTo("CLOSED");
                });
        assertThat(ComplaintDecider.decide(state(ComplaintStatus.ASSIGNED),
                new ComplaintCommand.Assign("agent-chen", null), SUPERVISOR, NOW))
                .isInstanceOfSatisfying(Decision.Refused.class,
                        refused -> assertThat(refused.detail()).contains("already owned by agent-chen"));
    }

    @Test
    void assign_isRefusedAsInvalid_whenNoTeamIsKnownOrNamed() {
        ComplaintState unowned = new ComplaintState(ID, ComplaintStatus.FILED, "cust-42", "billing", Severity.MINOR,
                NOW, null, null, 0);

        assertThat(ComplaintDecider.decide(unowned, new ComplaintCommand.Assign("agent-bruno", null), SUPERVISOR,
                NOW)).isInstanceOfSatisfying(Decision.Refused.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(Refusal.INVALID);
                    assertThat(refused.field()).isEqualTo("team");
                });
    }

    @Test
    void acknowledged_movesAnAssignedComplaintOn_andIsIgnoredOnAClosedOne() {
        ComplaintAcknowledged event = new ComplaintAcknowledged(ID, NOW, "agent-chen", false, "On it.", "agent-chen");

        assertThat(Complaint.evolve(state(ComplaintStatus.ASSIGNED), event))
                .isEqualTo(new Evolution.Next<>(state(ComplaintStatus.ACKNOWLEDGED)));
        assertThat(Complaint.evolve(state(ComplaintStatus.CLOSED), event))
                .isEqualTo(new Evolution.Ignored<>("cannot acknowledge a complaint that is CLOSED"));
    }

    @Test
    void aManualAssignment_changesTheOwner_andKeepsTheStatus() {
        ComplaintAssigned event = new ComplaintAssigned(ID, NOW, "agent-bruno", "customer-care", "MANUAL",
                "agent-chen");

        assertThat(Complaint.evolve(state(ComplaintStatus.ACKNOWLEDGED), event)).isEqualTo(new Evolution.Next<>(
                state(ComplaintStatus.ACKNOWLEDGED).withOwner("agent-bruno", "customer-care",
                        ComplaintStatus.ACKNOWLEDGED)));
    }
}
