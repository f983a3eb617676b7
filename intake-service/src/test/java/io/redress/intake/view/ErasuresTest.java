package io.redress.intake.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.Channel;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ContactLogged;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a batch asks of the erasure step, decided without a database. */
class ErasuresTest {

    private static final Instant FIRST = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-25T10:00:00Z");

    private static List<EventEnvelope> batch(ComplaintEvent... events) {
        return Arrays.stream(events).map(event -> EventEnvelope.first(event, "/test")).toList();
    }

    private static ComplaintFiled filed(String customerId) {
        return new ComplaintFiled(UUID.randomUUID(), FIRST, customerId, null, Channel.EMAIL, "billing",
                Severity.MINOR, "Charged twice", null, null, null, null, null, FIRST, null, null, 0, List.of());
    }

    @Test
    void latest_keepsEachCustomersLatestErasure_whateverTheirOrderInTheBatch() {
        List<EventEnvelope> events = batch(new CustomerDataErased("cust-a", SECOND),
                new CustomerDataErased("cust-b", FIRST), new CustomerDataErased("cust-a", FIRST));

        assertThat(Erasures.latest(events)).isEqualTo(Map.of("cust-a", SECOND, "cust-b", FIRST));
    }

    @Test
    void theCustomersToErase_areThoseTheBatchFilesForOrErases_andNoOthers() {
        ComplaintFiled filed = filed("cust-filed");
        List<EventEnvelope> events = batch(filed, new ContactLogged(filed.complaintId(), FIRST, Channel.CHAT,
                "any news?", 2), new CustomerDataErased("cust-erased", FIRST));

        assertThat(Erasures.customersOf(events)).containsExactly("cust-filed", "cust-erased");
        assertThat(Erasures.customersOf(batch(new ContactLogged(filed.complaintId(), FIRST, Channel.CHAT, "?", 3))))
                .isEmpty();
    }
}
