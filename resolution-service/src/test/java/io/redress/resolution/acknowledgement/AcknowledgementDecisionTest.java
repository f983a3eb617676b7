package io.redress.resolution.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.security.Actor;
import io.redress.core.security.Roles;
import io.redress.events.ComplaintAcknowledged;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure decision and fold of an acknowledgement, without Kafka or a database. */
class AcknowledgementDecisionTest {

    private static final UUID ID = UUID.fromString("2b0c8e3a-6f51-4d2e-9c7a-1e5f3b9d0a42");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final AcknowledgeComplaint SORRY = new AcknowledgeComplaint(true, "Sorry, I am on it.");

    private static ComplaintState state(ComplaintStatus status) {
        return new ComplaintState(ID, status, "cust-42", "billing", "MAJOR", NOW.minusSeconds(600), "agent-chen",
                "customer-care", 0);
    }

    private static final Actor OWNER = new Actor("agent-chen", Set.of(Roles.AGENT));
    private static final Actor OTHER_AGENT = new Actor("agent-ruiz", Set.of(Roles.AGENT));
    private static final Actor SUPERVISOR = new Actor("sup-okafor", Set.of(Roles.SUPERVISOR));

    @Test
    void acknowledge_isAccepted_forAnAssignedComplaint_byItsOwner() {
        Acknowledgement.Decision decision = Acknowledgement.decide(state(ComplaintStatus.ASSIGNED), SORRY, OWNER,
                NOW);

        assertThat(decision).isEqualTo(new Acknowledgement.Decision.Accepted(
                new ComplaintAcknowledged(ID, NOW, "agent-chen", true, "Sorry, I am on it.", "agent-chen")));
    }

    @Test
    void aSupervisor_acknowledgesOnTheOwnersBehalf_andIsRecordedAsWhoActed() {
        Acknowledgement.Decision decision = Acknowledgement.decide(state(ComplaintStatus.ASSIGNED), SORRY,
                SUPERVISOR, NOW);

        assertThat(decision).isEqualTo(new Acknowledgement.Decision.Accepted(
                new ComplaintAcknowledged(ID, NOW, "agent-chen", true, "Sorry, I am on it.", "sup-okafor")));
    }

    @Test
    void anotherAgent_isRefused_namingTheOwner_whateverTheState() {
        for (ComplaintStatus status : List.of(ComplaintStatus.ASSIGNED, ComplaintStatus.RESOLVED)) {
            assertThat(Acknowledgement.decide(state(status), SORRY, OTHER_AGENT, NOW))
                    .isInstanceOfSatisfying(Acknowledgement.Decision.NotYours.class,
                            notYours -> assertThat(notYours.reason()).contains("owned by agent-chen"));
        }
    }

    @Test
    void acknowledge_isRefused_namingTheState_whenAlreadyAcknowledged() {
        Acknowledgement.Decision decision = Acknowledgement.decide(state(ComplaintStatus.ACKNOWLEDGED), SORRY,
                OWNER, NOW);

        assertThat(decision).isInstanceOfSatisfying(Acknowledgement.Decision.Refused.class,
                refused -> assertThat(refused.reason()).contains("is ACKNOWLEDGED"));
    }

    @Test
    void acknowledged_movesAnAssignedComplaintOn_andIsIgnoredOnAClosedOne() {
        ComplaintAcknowledged event = new ComplaintAcknowledged(ID, NOW, "agent-chen", false, "On it.", "agent-chen");

        assertThat(Complaint.evolve(state(ComplaintStatus.ASSIGNED), event))
                .isEqualTo(new Complaint.Evolution.Next(state(ComplaintStatus.ACKNOWLEDGED)));
        assertThat(Complaint.evolve(state(ComplaintStatus.CLOSED), event))
                .isEqualTo(new Complaint.Evolution.Ignored("cannot acknowledge a complaint that is CLOSED"));
    }
}
