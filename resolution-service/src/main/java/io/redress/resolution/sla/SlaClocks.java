package io.redress.resolution.sla;

import io.redress.core.timer.TimerChange;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.EventEnvelope;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.lifecycle.ComplaintState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Which timers an event sets or cancels: the due times an assignment or a reopening carries set the acknowledge and
 * resolve clocks; the acknowledgement or its breach stops the first, the resolution both (and a pending escalation); a level-1
 * escalation sets the head of service's timer, which level 2 or the resolution stops; closing stops all.
 */
@ApplicationScoped
public class SlaClocks {

    public static final String ACKNOWLEDGE = "sla-acknowledge";
    public static final String RESOLVE = "sla-resolve";
    public static final String HEAD_OF_SERVICE = "escalate-head-of-service";

    private final SlaPolicy policy;

    public SlaClocks(SlaPolicy policy) {
        this.policy = policy;
    }

    /** @param after the complaint's state after the event (as before when it left it unchanged) */
    public List<TimerChange> changes(EventEnvelope envelope, ComplaintState after) {
        String subject = envelope.key();
        return switch (envelope.event()) {
            case ComplaintAssigned assigned when assigned.acknowledgeBy() != null -> started(envelope, after);
            case ComplaintReopened reopened when reopened.acknowledgeBy() != null -> started(envelope, after);
            case ComplaintAcknowledged acknowledged -> List.of(new TimerChange.Cancel(subject, ACKNOWLEDGE));
            // The fired timer is gone already; a rebuild, which set it again from the assignment, must drop it.
            case SlaBreached breached -> List.of(new TimerChange.Cancel(subject,
                    breached.clock() == SlaClock.ACKNOWLEDGE ? ACKNOWLEDGE : RESOLVE));
            case ComplaintResolved resolved -> cancelAll(subject);
            case ComplaintClosed closed -> cancelAll(subject);
            case ComplaintEscalated escalated when escalated.level() == 1 -> List.of(new TimerChange.Set(
                    envelope.metadata(), subject, HEAD_OF_SERVICE,
                    escalated.occurredAt().plus(policy.headOfServiceAfter())));
            case ComplaintEscalated escalated -> List.of(new TimerChange.Cancel(subject, HEAD_OF_SERVICE));
            default -> List.of();
        };
    }

    private static List<TimerChange> started(EventEnvelope envelope, ComplaintState after) {
        List<TimerChange> changes = new ArrayList<>(2);
        if (after.acknowledgedAt() == null) {
            changes.add(new TimerChange.Set(envelope.metadata(), envelope.key(), ACKNOWLEDGE,
                    after.acknowledgeDueAt()));
        }
        if (after.resolvedAt() == null && after.resolveDueAt() != null) {
            changes.add(new TimerChange.Set(envelope.metadata(), envelope.key(), RESOLVE, after.resolveDueAt()));
        }
        return changes;
    }

    private static List<TimerChange> cancelAll(String subject) {
        return List.of(new TimerChange.Cancel(subject, ACKNOWLEDGE), new TimerChange.Cancel(subject, RESOLVE),
                new TimerChange.Cancel(subject, HEAD_OF_SERVICE));
    }
}
