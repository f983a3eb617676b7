package io.redress.bench;

import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The complaints a benchmark files: realistic sizes, a distinct customer each, and a distinct {@code receivedAt} (one
 * millisecond apart from {@code base}), so a phase's complaints are counted by analytics in a window of their own.
 */
public final class Complaints {

    private static final Channel[] CHANNELS = Channel.values();
    private static final Severity[] SEVERITIES = Severity.values();
    private static final String[] CATEGORIES = {"billing", "delivery", "outage", "staff-behaviour", "product-defect"};
    private static final String DESCRIPTION = "I was charged twice for my October invoice and nobody called me back "
            + "although I was promised a call within two days. This is the third time this year that the bill is "
            + "wrong, and I am considering moving to another provider.";

    private final Instant base;
    private final String run;

    public Complaints(Instant base, String run) {
        this.base = base;
        this.run = run;
    }

    /** The first instant of this set's window of receipt times. */
    public Instant from() {
        return base;
    }

    /** The end (exclusive) of the window holding the first {@code count} complaints. */
    public Instant to(int count) {
        return base.plusMillis(count);
    }

    public Instant receivedAt(int i) {
        return base.plusMillis(i);
    }

    /** The body of {@code POST /complaints} for complaint {@code i}. */
    public Map<String, Object> request(int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId(i));
        body.put("customerName", "Bench Customer " + i);
        body.put("channel", CHANNELS[i % CHANNELS.length].name());
        body.put("category", CATEGORIES[i % CATEGORIES.length]);
        body.put("severity", SEVERITIES[i % SEVERITIES.length].name());
        body.put("description", DESCRIPTION);
        body.put("product", "fibre-500");
        body.put("component", "billing-engine");
        body.put("componentVersion", "4.2." + (i % 7));
        body.put("employeeId", "emp-" + (i % 40));
        body.put("receivedAt", receivedAt(i).toString());
        body.put("customerLifetimeValue", 1200.50);
        return body;
    }

    /** {@code ComplaintFiled} for complaint {@code i} as intake would append it. */
    public EventEnvelope filed(int i, Instant now) {
        ComplaintFiled filed = new ComplaintFiled(UUID.randomUUID(), now, customerId(i), "Bench Customer " + i,
                CHANNELS[i % CHANNELS.length], CATEGORIES[i % CATEGORIES.length], SEVERITIES[i % SEVERITIES.length],
                DESCRIPTION, "fibre-500", "billing-engine", "4.2." + (i % 7), "emp-" + (i % 40), null,
                receivedAt(i), null, new BigDecimal("1200.50"), 0, List.of());
        return EventEnvelope.first(filed, "/redress/intake");
    }

    /** The {@code ComplaintAssigned} resolution would append in reaction to {@code filed} (same deterministic id). */
    public static EventEnvelope assigned(EventEnvelope filed, Instant now) {
        ComplaintFiled event = (ComplaintFiled) filed.event();
        ComplaintAssigned assigned = new ComplaintAssigned(event.complaintId(), now, "agent-bench", "customer-care",
                "bench", null);
        return EventEnvelope.reactionTo(filed.metadata(), assigned, "/redress/resolution");
    }

    private String customerId(int i) {
        return "bench-" + run + "-" + i;
    }
}
