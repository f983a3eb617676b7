package io.redress.resolution.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.view.Evolution;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.FollowUpKind;
import io.redress.events.FollowUpSent;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final UUID ID = UUID.fromString("7d1f5f9e-2a43-4c8e-9a7b-0c5e6f1d2b3a");
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:00Z");

    static ComplaintFiled filed() {
        return new ComplaintFiled(ID, T0, "cust-42", "Ada", Channel.PHONE, "billing", Severity.MAJOR,
                "Charged twice", null, null, null, null, null, T0, null, null, 0, List.of());
    }

    static ComplaintAssigned assigned(String owner) {
        return new ComplaintAssigned(ID, T0.plusSeconds(5), owner, "customer-care", "test", null);
    }

    private static Evolution<ComplaintState> fold(List<ComplaintLifecycleEvent> events) {
        ComplaintState state = null;
        Evolution<ComplaintState> last = null;
        for (ComplaintLifecycleEvent event : events) {
            last = Complaint.evolve(state, event);
            if (last instanceof Evolution.Next<ComplaintState> next) {
                state = next.state();
            }
        }
        return last;
    }

    @Test
    void filed_startsTheComplaintWithoutAnOwner() {
        Evolution<ComplaintState> result = fold(List.of(filed()));

        assertThat(result).isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            ComplaintState state = ((Evolution.Next<ComplaintState>) raw).state();
            assertThat(state.status()).isEqualTo(ComplaintStatus.FILED);
            assertThat(state.ownerId()).isNull();
            assertThat(state.receivedAt()).isEqualTo(T0);
        });
    }

    @Test
    void assigned_givesTheComplaintItsOwner() {
        Evolution<ComplaintState> result = fold(List.of(filed(), assigned("agent-chen")));

        assertThat(result).isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            ComplaintState state = ((Evolution.Next<ComplaintState>) raw).state();
            assertThat(state.status()).isEqualTo(ComplaintStatus.ASSIGNED);
            assertThat(state.ownerId()).isEqualTo("agent-chen");
            assertThat(state.team()).isEqualTo("customer-care");
        });
    }

    @Test
    void reassignment_changesTheOwnerButKeepsTheStatus() {
        Evolution<ComplaintState> result = fold(List.of(filed(), assigned("agent-chen"), assigned("agent-amira")));

        assertThat(result).isInstanceOfSatisfying(Evolution.Next.class, raw -> {
            ComplaintState state = ((Evolution.Next<ComplaintState>) raw).state();
            assertThat(state.ownerId()).isEqualTo("agent-amira");
            assertThat(state.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        });
    }

    @Test
    void secondFiling_isIgnored() {
        assertThat(fold(List.of(filed(), filed())))
                .isEqualTo(new Evolution.Ignored<>("complaint already filed"));
    }

    @Test
    void eventForUnknownComplaint_isIgnoredWithTheReason() {
        assertThat(fold(List.of(assigned("agent-chen"))))
                .isEqualTo(new Evolution.Ignored<>("unknown complaint " + ID));
    }

    @Test
    void eventOutsideResolutionsLifecycle_changesNothing() {
        assertThat(fold(List.of(filed(), new FollowUpSent(ID, T0.plusSeconds(60), UUID.randomUUID(), FollowUpKind.CHECK_IN))))
                .isInstanceOf(Evolution.Unchanged.class);
    }
}
