package io.redress.followup.tracking;

import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint as follow-up keeps it: its row and its follow-ups (oldest first), the state {@link FollowUpTrail}
 * folds and the read model {@link Cases} stores in two tables.
 */
public record FollowUpCase(TrackedComplaint complaint, List<FollowUp> followUps) {

    /** Follow-ups in the order they were planned, then by id. */
    static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUp::scheduledAt)
            .thenComparing(FollowUp::dueAt).thenComparing(FollowUp::followUpId);

    public FollowUpCase {
        followUps = List.copyOf(followUps);
    }

    public UUID complaintId() {
        return complaint.complaintId();
    }

    public FollowUpStage stage() {
        return complaint.stage();
    }

    /** The follow-up due in a slot, if any. */
    public Optional<FollowUp> pending(Slot slot) {
        return followUps.stream().filter(f -> f.due() && f.slot() == slot).findFirst();
    }

    public Optional<FollowUp> followUp(UUID followUpId) {
        return followUps.stream().filter(f -> f.followUpId().equals(followUpId)).findFirst();
    }

    /** Surveys planned since the latest resolution (the next one's attempt is one more). */
    int surveysSince(Instant resolvedAt) {
        return (int) followUps.stream().filter(f -> f.slot() == Slot.SURVEY && resolvedAt != null
                && !f.scheduledAt().isBefore(resolvedAt)).count();
    }

    /** The time each slot's timer is set to: its due follow-up's, and the no-response close when one is pending. */
    public Map<Slot, Instant> timers() {
        Map<Slot, Instant> timers = new EnumMap<>(Slot.class);
        followUps.stream().filter(FollowUp::due).forEach(f -> timers.put(f.slot(), f.dueAt()));
        if (complaint.closeDueAt() != null) {
            timers.put(Slot.CLOSE_NO_RESPONSE, complaint.closeDueAt());
        }
        return timers;
    }

    FollowUpCase with(TrackedComplaint next) {
        return new FollowUpCase(next, followUps);
    }

    /** The same with a new follow-up; one due in its slot before is cancelled as replaced. */
    FollowUpCase plus(FollowUp added) {
        List<FollowUp> next = new ArrayList<>(followUps.size() + 1);
        for (FollowUp f : followUps) {
            next.add(f.due() && f.slot() == added.slot() ? f.cancelled(added.scheduledAt(), "replaced") : f);
        }
        next.add(added);
        return new FollowUpCase(complaint, next);
    }

    /**
     * The same with a follow-up that was cancelled before it reached the log: one of its slot cancelled after it was
     * planned had been replaced by it first, as the live view saw it.
     */
    FollowUpCase plusOvertaken(FollowUp cancelled) {
        List<FollowUp> next = new ArrayList<>(followUps.size() + 1);
        for (FollowUp f : followUps) {
            boolean replacedFirst = f.status() == FollowUpStatus.CANCELLED && f.slot() == cancelled.slot()
                    && f.cancelledAt() != null && !f.cancelledAt().isBefore(cancelled.scheduledAt())
                    && !"replaced".equals(f.cancelReason());
            next.add(replacedFirst ? f.cancelled(cancelled.scheduledAt(), "replaced") : f);
        }
        next.add(cancelled);
        return new FollowUpCase(complaint, next);
    }

    FollowUpCase replaced(FollowUp changed) {
        return new FollowUpCase(complaint, followUps.stream()
                .map(f -> f.followUpId().equals(changed.followUpId()) ? changed : f).toList());
    }

    /** The same with the follow-ups due in these slots cancelled, for the reason given. */
    FollowUpCase cancel(Set<Slot> slots, Instant at, String reason) {
        return new FollowUpCase(complaint, followUps.stream()
                .map(f -> f.due() && slots.contains(f.slot()) ? f.cancelled(at, reason) : f).toList());
    }
}
