package io.redress.followup.tracking;

import io.redress.core.view.Evolution;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.followup.policy.FollowUpPolicy;
import io.redress.followup.sending.Sending;
import io.redress.events.ComplaintNotification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A complaint's follow-up life without Kafka or a database, as the read model and the timers live it: each event is
 * folded ({@link FollowUpTrail}), its reactions ({@link Planner}) folded in turn, the timers kept as the slots' times,
 * and due timers fired with {@link Sending}. What the service emitted and notified is recorded.
 */
final class Life {

    final FollowUpPolicy policy;
    FollowUpCase state;
    final List<ComplaintLifecycleEvent> emitted = new ArrayList<>();
    final List<ComplaintNotification> notified = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final Map<Slot, Instant> timers = new EnumMap<>(Slot.class);
    /** Reactions not applied yet: the log holds them behind events other services appended meanwhile. */
    final List<ComplaintLifecycleEvent> behind = new ArrayList<>();
    boolean deferred;

    Life(FollowUpPolicy policy) {
        this.policy = policy;
    }

    /** An event from the log (another service's, or one this service emitted). */
    Life apply(ComplaintLifecycleEvent event) {
        FollowUpCase before = state;
        switch (FollowUpTrail.evolve(state, event, policy)) {
            case Evolution.Ignored<FollowUpCase> why -> ignored.add(why.reason());
            case Evolution.Unchanged<FollowUpCase> nothing -> {
            }
            case Evolution.Next<FollowUpCase> next -> {
                state = next.state();
                for (Planner.TimerPlan plan : Planner.timers(before, state)) {
                    if (plan.dueAt() == null) {
                        timers.remove(plan.slot());
                    } else {
                        timers.put(plan.slot(), plan.dueAt());
                    }
                }
                UUID causeId = UUID.nameUUIDFromBytes(event.toString().getBytes(StandardCharsets.UTF_8));
                for (ComplaintLifecycleEvent reaction : Planner.react(before, state, event, causeId, policy)) {
                    emitted.add(reaction);
                    if (deferred) {
                        behind.add(reaction);
                    } else {
                        apply(reaction);
                    }
                }
            }
        }
        return this;
    }

    /** From now on, reactions wait (see {@link #flush}), as on a log where other events overtake them. */
    Life deferReactions() {
        deferred = true;
        return this;
    }

    /** Applies the reactions that waited, in the order they were decided (and theirs, at once). */
    Life flush() {
        deferred = false;
        List<ComplaintLifecycleEvent> waiting = List.copyOf(behind);
        behind.clear();
        waiting.forEach(this::apply);
        return this;
    }

    /** Fires every timer due at {@code now}, earliest first, as the scheduler does. */
    Life at(Instant now) {
        List<Map.Entry<Slot, Instant>> due = timers.entrySet().stream().filter(t -> !t.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<Slot, Instant> timer : due) {
            timers.remove(timer.getKey());
            Sending.Fired fired = Sending.fire(timer.getKey(), state, now, policy);
            notified.addAll(fired.notifications());
            for (ComplaintLifecycleEvent event : fired.events()) {
                emitted.add(event);
                apply(event);
            }
        }
        return this;
    }

    <T extends ComplaintLifecycleEvent> List<T> emitted(Class<T> type) {
        return emitted.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<FollowUp> followUps(FollowUpStatus status) {
        return state.followUps().stream().filter(f -> f.status() == status).toList();
    }
}
