package io.redress.resolution.escalation;

import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.SlaBreached;
import io.redress.events.SlaClock;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.roster.Roster;
import io.redress.resolution.sla.SlaClocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a due SLA timer means, pure: a clock that ran out while its step was not taken is {@code SlaBreached}, and
 * the first breach escalates the complaint to level 1, its team's supervisor; the head-of-service timer escalates a
 * complaint still open to level 2. Each level is reached once: a later breach of a complaint already at level 1
 * escalates no further (its level-2 timer is running or has fired).
 */
public final class Breaches {

    private Breaches() {
    }

    /**
     * @param state the complaint as the view holds it when the timer fires; null if the view does not know it
     */
    public static List<ComplaintLifecycleEvent> fire(String timer, Instant dueAt, ComplaintState state,
            Roster roster, Duration headOfServiceAfter, Instant now) {
        if (state == null || !state.status().open()) {
            return List.of();
        }
        return switch (timer) {
            case SlaClocks.ACKNOWLEDGE -> state.acknowledgedAt() != null ? List.of()
                    : breached(SlaClock.ACKNOWLEDGE, dueAt, state, roster, now);
            case SlaClocks.RESOLVE -> breached(SlaClock.RESOLVE, dueAt, state, roster, now);
            case SlaClocks.HEAD_OF_SERVICE -> state.escalationLevel() >= 2 ? List.of()
                    : List.of(new ComplaintEscalated(state.complaintId(), now, 2, roster.headOfService(),
                            "still open %s after the escalation to the team supervisor".formatted(
                                    headOfServiceAfter)));
            default -> throw new IllegalArgumentException("not an SLA timer: " + timer);
        };
    }

    private static List<ComplaintLifecycleEvent> breached(SlaClock clock, Instant dueAt, ComplaintState state,
            Roster roster, Instant now) {
        SlaBreached breached = new SlaBreached(state.complaintId(), now, clock, dueAt);
        if (state.escalationLevel() >= 1) {
            return List.of(breached);
        }
        String supervisor = roster.team(state.team()).map(Roster.Team::supervisor)
                .orElse(roster.headOfService());
        return List.of(breached, new ComplaintEscalated(state.complaintId(), now, 1, supervisor,
                "%s SLA breached (due %s)".formatted(clock.name().toLowerCase(java.util.Locale.ROOT), dueAt)));
    }
}
