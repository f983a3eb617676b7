package io.redress.intake.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.Severity;
import io.redress.intake.history.CustomerHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure decision on a filing, without Kafka, a database or keys. */
class FilingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final UUID ID = UUID.fromString("5d1c2b7e-3a4f-4e8d-9b6a-0c1f2e3d4a5b");
    private static final CustomerHistory.Snapshot NEW_CUSTOMER = new CustomerHistory.Snapshot(0, List.of());
    static final FilingRules RULES = new FilingRules(Map.of("billing", Severity.MODERATE), Duration.ofMinutes(5));

    private static FileComplaintRequest request(Instant receivedAt) {
        return new FileComplaintRequest("cust-42", "Ada Lovelace", Channel.PHONE, "billing", Severity.MAJOR,
                "I was charged twice.", "fibre-500", "billing-engine", "4.2.1", "emp-7",
                Instant.parse("2026-10-30T08:00:00Z"), receivedAt, "ext-1", new BigDecimal("1500.00"), null);
    }

    @Test
    void decide_defaultsReceivedAtToNow_whenTheRequestHasNone() {
        ComplaintFiled filed = Filing.decide(request(null), RULES, NEW_CUSTOMER, NOW, ID);

        assertThat(filed.receivedAt()).isEqualTo(NOW);
        assertThat(filed.occurredAt()).isEqualTo(NOW);
        assertThat(Filing.receivedAt(request(null), NOW)).isEqualTo(NOW);
    }

    @Test
    void decide_keepsTheReceivedAtTheSourceSystemRecorded() {
        Instant received = Instant.parse("2026-11-02T09:15:00Z");

        ComplaintFiled filed = Filing.decide(request(received), RULES, NEW_CUSTOMER, NOW, ID);

        assertThat(filed.receivedAt()).isEqualTo(received);
        assertThat(filed.occurredAt()).isEqualTo(NOW);
        assertThat(Filing.receivedAt(request(received), NOW)).isEqualTo(received);
    }

    @Test
    void decide_carriesTheHistorysPriorCountAndSimilarOpenComplaints() {
        List<UUID> similar = List.of(UUID.randomUUID(), UUID.randomUUID());

        ComplaintFiled filed = Filing.decide(request(null), RULES, new CustomerHistory.Snapshot(7, similar), NOW, ID);

        assertThat(filed.priorComplaints()).isEqualTo(7);
        assertThat(filed.similarOpenComplaintIds()).containsExactlyElementsOf(similar);
    }

    @Test
    void decide_makesTheEventOfTheRequest_withItsPersonalFieldsPlain() {
        ComplaintFiled filed = Filing.decide(request(null), RULES, NEW_CUSTOMER, NOW, ID);

        assertThat(filed).isEqualTo(new ComplaintFiled(ID, NOW, "cust-42", "Ada Lovelace", Channel.PHONE, "billing",
                Severity.MAJOR, "I was charged twice.", "fibre-500", "billing-engine", "4.2.1", "emp-7",
                Instant.parse("2026-10-30T08:00:00Z"), NOW, "ext-1", new BigDecimal("1500.00"), 0, List.of()));
    }

    @Test
    void decide_takesTheCategorysSeverity_whenTheRequestHasNone_andTheLanguageInCanonicalCase() {
        FileComplaintRequest request = new FileComplaintRequest("cust-42", null, Channel.EMAIL, "billing", null,
                "Charged twice.", null, null, null, null, null, null, null, null, "en-gb");

        ComplaintFiled filed = Filing.decide(request, RULES, NEW_CUSTOMER, NOW, ID);

        assertThat(filed.severity()).isEqualTo(Severity.MODERATE);
        assertThat(filed.language()).isEqualTo("en-GB");
    }
}
