package io.redress.intake.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Channel;
import io.redress.events.Severity;
import io.redress.intake.filing.FilingBatch.Decision;
import io.redress.intake.filing.FilingBatch.Plan;
import io.redress.intake.history.CustomerHistory.Past;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure decision on a batch of submissions: each sees the ones before it, and the history as loaded. */
class FilingBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    private static Submission submission(String customer, String category, String externalRef, String receivedAt,
            String origin) {
        FileComplaintRequest request = new FileComplaintRequest(customer, null, Channel.EMAIL, category,
                Severity.MINOR, "words of " + origin, null, "router", null, null, null,
                receivedAt == null ? null : Instant.parse(receivedAt), externalRef, null, null);
        byte[] hash = RequestKeys.hash((customer + category + origin).getBytes(StandardCharsets.UTF_8));
        return new Submission(request, "crm", RequestKeys.of(null, externalRef), hash, origin);
    }

    private static Plan decide(List<Submission> batch, Map<String, List<Past>> histories) {
        return FilingBatch.decide(batch, Map.of(), histories, FilingTest.RULES, NOW, RETENTION);
    }

    private static Decision.Filed filed(Plan plan, int index) {
        return (Decision.Filed) plan.decisions().get(index);
    }

    @Test
    void aCustomersSubmissionsInOneBatch_countTheOnesReceivedBefore_inWhateverOrderTheyCame() {
        Plan plan = decide(List.of(
                submission("c-1", "billing", null, "2026-03-01T00:00:00Z", "s/0/1"),
                submission("c-1", "billing", null, "2026-01-01T00:00:00Z", "s/0/2"),
                submission("c-1", "outage", null, "2026-05-01T00:00:00Z", "s/0/3")), Map.of());

        assertThat(filed(plan, 0).plain().priorComplaints()).isZero();
        assertThat(filed(plan, 1).plain().priorComplaints()).as("the March one came first but was received later")
                .isZero();
        assertThat(filed(plan, 2).plain().priorComplaints()).isEqualTo(2);
        assertThat(filed(plan, 2).plain().similarOpenComplaintIds()).as("same component, other category")
                .containsExactly(filed(plan, 1).plain().complaintId(), filed(plan, 0).plain().complaintId());
        assertThat(plan.filings()).hasSize(3);
    }

    @Test
    void submissionsWithoutReceivedAt_inOneBatch_areReceivedInItsOrder_andCountTheOnesBefore() {
        Plan plan = decide(List.of(submission("c-1", "billing", null, null, "s/0/1"),
                submission("c-1", "billing", null, null, "s/0/2")), Map.of());

        assertThat(filed(plan, 0).plain().receivedAt()).isEqualTo(NOW);
        assertThat(filed(plan, 1).plain().receivedAt()).isEqualTo(NOW.plusNanos(1_000));
        assertThat(filed(plan, 1).plain().priorComplaints()).isOne();
    }

    @Test
    void theHistoryCountsTheYearBefore_andSimilarOnesOpenWhenThisOneWasReceived() {
        UUID old = UUID.randomUUID();
        UUID closedBefore = UUID.randomUUID();
        UUID closedAfter = UUID.randomUUID();
        UUID otherThing = UUID.randomUUID();
        Map<String, List<Past>> history = Map.of("c-1", List.of(
                new Past(old, "billing", null, Instant.parse("2025-06-01T00:00:00Z"), null),
                new Past(closedBefore, "billing", null, Instant.parse("2026-07-01T00:00:00Z"),
                        Instant.parse("2026-08-01T00:00:00Z")),
                new Past(closedAfter, "billing", null, Instant.parse("2026-08-01T00:00:00Z"),
                        Instant.parse("2026-10-01T00:00:00Z")),
                new Past(otherThing, "delivery", "van", Instant.parse("2026-08-15T00:00:00Z"), null)));

        Plan plan = decide(List.of(submission("c-1", "billing", null, "2026-09-01T00:00:00Z", "s/0/9")), history);

        assertThat(filed(plan, 0).plain().priorComplaints()).as("all but the one over a year before").isEqualTo(3);
        assertThat(filed(plan, 0).plain().similarOpenComplaintIds()).containsExactly(old, closedAfter);
    }

    @Test
    void aRepeatedExternalRef_inTheSameBatch_isARepeat_orAConflictWithAnotherBody() {
        Submission first = submission("c-1", "billing", "crm-1", null, "s/0/1");
        Submission again = new Submission(first.request(), "crm", first.keys(), first.hash(), "s/0/2");
        Submission different = submission("c-1", "delivery", "crm-1", null, "s/0/3");

        Plan plan = decide(List.of(first, again, different), Map.of());

        UUID id = filed(plan, 0).plain().complaintId();
        assertThat(plan.decisions().get(1)).isEqualTo(new Decision.Repeat(id));
        assertThat(plan.decisions().get(2)).isInstanceOfSatisfying(Decision.Conflict.class,
                conflict -> assertThat(conflict.conflict().complaintId()).isEqualTo(id));
        assertThat(plan.keys()).hasSize(1);
        assertThat(plan.filings()).hasSize(1);
    }

    @Test
    void aRedeliveredRecordWithoutKeys_isARepeat_ofTheComplaintItFiled() {
        Plan once = decide(List.of(submission("c-1", "billing", null, null, "s/2/40")), Map.of());
        Past filedBefore = Past.of(once.filings().getFirst());

        Plan again = decide(List.of(submission("c-1", "billing", null, null, "s/2/40")),
                Map.of("c-1", List.of(filedBefore)));

        assertThat(again.decisions()).containsExactly(new Decision.Repeat(filedBefore.complaintId()));
        assertThat(again.filings()).isEmpty();
    }
}
