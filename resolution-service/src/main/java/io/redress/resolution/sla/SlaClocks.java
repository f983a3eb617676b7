package io.redress.resolution.sla;

import io.redress.core.timer.TimerChange;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which SLA clocks an event starts or stops: the first assignment starts the acknowledgement clock (due at
 * {@code receivedAt} plus the severity's allowance); the acknowledgement, or the breach itself, stops it.
 */
@ApplicationScoped
public class SlaClocks {

    /** The timer of the acknowledgement clock. */
    public static final String ACKNOWLEDGE = "sla-acknowledge";

    private final SlaPolicy policy;

    public SlaClocks(SlaPolicy policy) {
        this.policy = policy;
    }

    /** @param before the complaint's state before the event; {@code after} after it (the same when unchanged) */
    public List<TimerChange> changes(EventEnvelope envelope, ComplaintState before, ComplaintState after) {
        String subject = envelope.key();
        if (envelope.event() instanceof ComplaintAssigned && before != null
                && before.status() == ComplaintStatus.FILED) {
            return List.of(new TimerChange.Set(envelope.metadata(), subject, ACKNOWLEDGE,
                    after.receivedAt().plus(policy.acknowledge(after.severity()))));
        }
        if (envelope.event() instanceof ComplaintAcknowledged
                || envelope.event() instanceof SlaBreached breached && breached.clock() == SlaClock.ACKNOWLEDGE) {
            return List.of(new TimerChange.Cancel(subject, ACKNOWLEDGE));
        }
        return List.of();
    }
}
