package io.redress.analytics.facts;

import io.redress.events.ClosureOutcome;
import java.time.Instant;

/**
 * Where a complaint's life has got to: the latest owner and the first time of each step. Later repeats of a step
 * (a second resolution, a reassignment) leave the first time as it is; the repeats themselves are occurrences. The
 * first is the earliest by event time (of equal times, the one read first), whatever order the events came in.
 *
 * @param ownerId      the latest assignment's owner
 * @param assignments  how many assignments it has had: with one, its owner as of any moment from {@code assignedAt}
 *                     on is {@code ownerId}, with no look-up of the occurrences
 * @param firstContact whether the first resolution was reached on the first contact; null before it
 * @param closedAt     when it closed (a closed complaint takes no more steps)
 */
public record Milestones(
        String ownerId,
        int assignments,
        Instant assignedAt,
        Instant firstAcknowledgedAt,
        Instant firstResolvedAt,
        Boolean firstContact,
        Instant firstBreachedAt,
        Instant firstReopenedAt,
        Instant closedAt,
        ClosureOutcome outcome) {

    static final Milestones NONE = new Milestones(null, 0, null, null, null, null, null, null, null, null);

    Milestones assigned(String owner, Instant at) {
        return new Milestones(owner, assignments + 1, first(assignedAt, at), firstAcknowledgedAt, firstResolvedAt,
                firstContact, firstBreachedAt, firstReopenedAt, closedAt, outcome);
    }

    Milestones acknowledged(Instant at) {
        return new Milestones(ownerId, assignments, assignedAt, first(firstAcknowledgedAt, at), firstResolvedAt,
                firstContact, firstBreachedAt, firstReopenedAt, closedAt, outcome);
    }

    Milestones resolved(Instant at, boolean onFirstContact) {
        return firstResolvedAt != null && !at.isBefore(firstResolvedAt) ? this
                : new Milestones(ownerId, assignments, assignedAt, firstAcknowledgedAt, at, onFirstContact,
                        firstBreachedAt, firstReopenedAt, closedAt, outcome);
    }

    Milestones breached(Instant at) {
        return new Milestones(ownerId, assignments, assignedAt, firstAcknowledgedAt, firstResolvedAt, firstContact,
                first(firstBreachedAt, at), firstReopenedAt, closedAt, outcome);
    }

    Milestones reopened(Instant at) {
        return new Milestones(ownerId, assignments, assignedAt, firstAcknowledgedAt, firstResolvedAt, firstContact,
                firstBreachedAt, first(firstReopenedAt, at), closedAt, outcome);
    }

    Milestones closed(Instant at, ClosureOutcome how) {
        return closedAt != null && !at.isBefore(closedAt) ? this : new Milestones(ownerId, assignments,
                assignedAt, firstAcknowledgedAt, firstResolvedAt, firstContact, firstBreachedAt, firstReopenedAt, at,
                how);
    }

    private static Instant first(Instant known, Instant at) {
        return known == null || at.isBefore(known) ? at : known;
    }
}
