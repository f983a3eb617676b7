package io.redress.analytics.facts;

import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a complaint's life at its event time, a row of {@code analytics_occurrence}: what the figures that
 * count repeats or need the state at a past moment read (contacts, owners, resolutions and reopenings, escalations,
 * answers). No free text is kept, so nothing here is personal.
 *
 * @param actor  ASSIGNED, ACKNOWLEDGED, RESOLVED: the owner; ESCALATED: escalatedTo; otherwise null
 * @param value  CONTACT: contactCount; ACKNOWLEDGED: 1 with an apology, else 0; RESOLVED: 1 on the first contact,
 *               else 0; ESCALATED: the level; SATISFACTION: the score; otherwise null
 * @param detail ASSIGNED: the team; RESOLVED: the remedy type; BREACHED: the clock; CONTACT: the channel; CLOSED: the
 *               outcome; otherwise null
 * @param flags  RESOLVED: 1 an extra mile, 2 a fair solution asked; SATISFACTION: the drivers present, 1 ownership
 *               taken, 2 felt valued, 4 resolved quickly, 8 regret expressed; otherwise 0
 */
public record Occurrence(UUID complaintId, UUID eventId, Kind kind, Instant at, String actor, Integer value,
        String detail, int flags) {

    /** What happened. */
    public enum Kind { ASSIGNED, ACKNOWLEDGED, CONTACT, BREACHED, ESCALATED, RESOLVED, REOPENED, SATISFACTION, CLOSED }

    /** The occurrence an event of one of {@link Occurrences#reads()}' types makes. */
    static Occurrence of(EventEnvelope envelope) {
        UUID id = envelope.metadata().id();
        return switch (envelope.event()) {
            case ComplaintAssigned e -> new Occurrence(e.complaintId(), id, Kind.ASSIGNED, e.occurredAt(),
                    e.ownerId(), null, e.team(), 0);
            case ComplaintAcknowledged e -> new Occurrence(e.complaintId(), id, Kind.ACKNOWLEDGED, e.occurredAt(),
                    e.ownerId(), e.apologized() ? 1 : 0, null, 0);
            case ContactLogged e -> new Occurrence(e.complaintId(), id, Kind.CONTACT, e.occurredAt(), null,
                    e.contactCount(), e.channel().name(), 0);
            case SlaBreached e -> new Occurrence(e.complaintId(), id, Kind.BREACHED, e.occurredAt(), null, null,
                    e.clock().name(), 0);
            case ComplaintEscalated e -> new Occurrence(e.complaintId(), id, Kind.ESCALATED, e.occurredAt(),
                    e.escalatedTo(), e.level(), null, 0);
            case ComplaintResolved e -> new Occurrence(e.complaintId(), id, Kind.RESOLVED, e.occurredAt(),
                    e.ownerId(), e.firstContact() ? 1 : 0, e.remedy().type().name(),
                    (e.extraMile() != null && !e.extraMile().isBlank() ? 1 : 0) | (e.fairSolutionAsked() ? 2 : 0));
            case ComplaintReopened e -> new Occurrence(e.complaintId(), id, Kind.REOPENED, e.occurredAt(), null,
                    null, null, 0);
            case SatisfactionRecorded e -> new Occurrence(e.complaintId(), id, Kind.SATISFACTION, e.occurredAt(),
                    null, e.score(), null, (e.ownershipTaken() ? 1 : 0) | (e.feltValued() ? 2 : 0)
                            | (e.resolvedQuickly() ? 4 : 0) | (e.regretExpressed() ? 8 : 0));
            case ComplaintClosed e -> new Occurrence(e.complaintId(), id, Kind.CLOSED, e.occurredAt(), null, null,
                    e.outcome().name(), 0);
            default -> throw new IllegalArgumentException("not an occurrence: " + envelope.metadata().type());
        };
    }
}
