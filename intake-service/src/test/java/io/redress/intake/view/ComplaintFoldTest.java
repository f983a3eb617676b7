package io.redress.intake.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Outcome;
import io.redress.core.view.Step;
import io.redress.events.Channel;
import io.redress.events.ClosureOutcome;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintResolved;
import io.redress.events.Remedy;
import io.redress.events.RemedyType;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintReopened;
import io.redress.events.ContactLogged;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure fold of intake's complaint rows, without a database. */
class ComplaintFoldTest {

    private static final UUID ID = UUID.fromString("0e6f8a9b-1c2d-4e3f-8a7b-6c5d4e3f2a1b");
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final ComplaintFiled FILED = new ComplaintFiled(ID, AT, "cust-42", "sealed-name", Channel.EMAIL,
            "billing", Severity.MINOR, "sealed-words", null, null, null, null, null, AT.minusSeconds(60), null, null,
            2, List.of());

    private static IntakeComplaint filedRow() {
        return ComplaintFold.step(null, FILED).state();
    }

    @Test
    void filed_makesAnOpenRowWithOneContact_asTheEventHasIt() {
        Step<IntakeComplaint> step = ComplaintFold.step(null, FILED);

        assertThat(step.outcome()).isEqualTo(Outcome.applied());
        assertThat(step.state()).isEqualTo(new IntakeComplaint(ID, "cust-42", "sealed-name", Channel.EMAIL, "billing",
                Severity.MINOR, "sealed-words", null, null, null, null, null, AT.minusSeconds(60), AT, null, null, 2,
                1, false, null, null, ComplaintStatus.FILED, null, false));
    }

    @Test
    void aSecondFiling_isIgnored_asAlreadyFiled() {
        assertThat(ComplaintFold.step(filedRow(), FILED)).isEqualTo(Step.ignored("complaint already filed"));
    }

    @Test
    void anEventOfAnUnknownComplaint_isIgnored_namingIt() {
        assertThat(ComplaintFold.step(null, new ContactLogged(ID, AT, Channel.CHAT, "any news?", 2)))
                .isEqualTo(Step.ignored("unknown complaint " + ID));
        assertThat(ComplaintFold.step(null, new ComplaintReopened(ID, AT, "not fixed", "cust-42")))
                .isEqualTo(Step.ignored("unknown complaint " + ID));
    }

    @Test
    void contactLogged_keepsTheHighestCount_whateverTheOrder() {
        IntakeComplaint three = ComplaintFold.step(filedRow(), new ContactLogged(ID, AT, Channel.CHAT, "?", 3))
                .state();

        assertThat(three.contactCount()).isEqualTo(3);
        assertThat(ComplaintFold.step(three, new ContactLogged(ID, AT, Channel.CHAT, "late copy", 2)))
                .isEqualTo(Step.next(three));
    }

    @Test
    void closed_marksTheComplaintClosed_andReopened_opensItAgain() {
        IntakeComplaint closed = ComplaintFold.step(filedRow(), new ComplaintClosed(ID, AT,
                ClosureOutcome.SATISFIED)).state();

        assertThat(closed).isEqualTo(filedRow().withClosedAt(AT));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedAt()).isEqualTo(AT);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        IntakeComplaint reopened = ComplaintFold.step(closed, new ComplaintReopened(ID, AT, "not fixed", "cust-42"))
                .state();
        assertThat(reopened.closed()).isFalse();
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.REOPENED);
    }

    @Test
    void theLifecycleEvents_moveTheStatus_andAssignmentNamesTheOwner() {
        IntakeComplaint assigned = ComplaintFold.step(filedRow(), new ComplaintAssigned(ID, AT, "emp-1", "care",
                "LEAST_LOADED", null)).state();
        IntakeComplaint acknowledged = ComplaintFold.step(assigned, new ComplaintAcknowledged(ID, AT, "emp-1", true,
                "Sorry", "emp-1")).state();
        IntakeComplaint reassigned = ComplaintFold.step(acknowledged, new ComplaintAssigned(ID, AT, "emp-2", "care",
                "MANUAL", "emp-1")).state();
        IntakeComplaint resolved = ComplaintFold.step(reassigned, new ComplaintResolved(ID, AT, "emp-2",
                new Remedy(RemedyType.REFUND, new java.math.BigDecimal("10.00"), "EUR"), true, null, false, "Refunded")).state();

        assertThat(assigned.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(assigned.ownerId()).isEqualTo("emp-1");
        assertThat(acknowledged.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(reassigned.status()).as("a new owner keeps the acknowledgement").isEqualTo(
                ComplaintStatus.ACKNOWLEDGED);
        assertThat(reassigned.ownerId()).isEqualTo("emp-2");
        assertThat(resolved.status()).isEqualTo(ComplaintStatus.RESOLVED);
    }
}
