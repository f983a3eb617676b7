package io.redress.resolution.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.ComplaintAcknowledged;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;
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

    @Test
    void acknowledge_isAccepted_forAnAssignedComplaint_onBehalfOfItsOwner() {
        Acknowledgement.Decision decision = Acknowledgement.decide(state(ComplaintStatus.ASSIGNED), SORRY, NOW);

        assertThat(decision).isEqualTo(new Acknowledgement.Decision.Accepted(
                new ComplaintAcknowledged(ID, NOW, "agent-chen", true, "Sorry, I am on it.")));
    }

    @Test
    void acknowledge_isRefused_namingTheState_whenAlreadyAcknowledged() {
        Acknowledgement.Decision decision = Acknowledgement.decide(state(ComplaintStatus.ACKNOWLEDGED), SORRY, NOW);

        assertThat(decision).isInstanceOfSatisfying(Acknowledgement.Decision.Refused.class,
                refused -> assertThat(refused.reason()).contains("is ACKNOWLEDGED"));
    }

    @Test
    void acknowledged_movesAnAssignedComplaintOn_andIsIgnoredOnAClosedOne() {
        ComplaintAcknowledged event = new ComplaintAcknowledged(ID, NOW, "agent-chen", false, "On it.");

        assertThat(Complaint.evolve(state(ComplaintStatus.ASSIGNED), event))
                .isEqualTo(new Complaint.Evolution.Next(state(ComplaintStatus.ACKNOWLEDGED)));
        assertThat(Complaint.evolve(state(ComplaintStatus.CLOSED), event))
                .isEqualTo(new Complaint.Evolution.Ignored("cannot acknowledge a complaint that is CLOSED"));
    }
}
