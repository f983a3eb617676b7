package io.redress.intake.view;

import io.redress.events.Channel;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.FollowUpScheduled;
import io.redress.events.FollowUpSent;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import io.redress.events.ComplaintEvent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One step of a complaint's life in its timeline ({@code intake_timeline}, read model {@link Timeline}), made by the
 * pure {@link #of} from the event: what happened, when, on which channel, by or to whom, in a few words; a contact's
 * note as the log has it (sealed with the customer's data key), nothing else personal.
 *
 * @param type the event's name, e.g. {@code ContactLogged}
 */
public record TimelineEntry(UUID complaintId, UUID eventId, Instant occurredAt, String type, Channel channel,
        String actor, String detail, String note) {

    /** The event types a timeline shows: every event about a complaint. */
    static final Set<Class<? extends ComplaintEvent>> SHOWN = Set.of(ComplaintFiled.class, ContactLogged.class,
            ComplaintAssigned.class, ComplaintAcknowledged.class, SlaBreached.class, ComplaintEscalated.class,
            ComplaintResolved.class, ComplaintReopened.class, FollowUpScheduled.class, FollowUpSent.class,
            SatisfactionRecorded.class, ComplaintClosed.class);

    static TimelineEntry of(EventEnvelope envelope) {
        ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
        String type = event.getClass().getSimpleName();
        return switch (event) {
            case ComplaintFiled filed -> entry(envelope, type, filed.channel(), filed.employeeId(),
                    "%s, %s%s".formatted(filed.category(), filed.severity(),
                            filed.priorComplaints() > 0 ? ", %d prior".formatted(filed.priorComplaints()) : ""), null);
            case ContactLogged contact -> entry(envelope, type, contact.channel(), null,
                    "contact %d".formatted(contact.contactCount()), contact.note());
            case ComplaintAssigned assigned -> entry(envelope, type, null, assigned.ownerId(),
                    "rule %s, team %s".formatted(assigned.rule(), assigned.team()), null);
            case ComplaintAcknowledged ack -> entry(envelope, type, null, ack.ownerId(),
                    ack.apologized() ? "acknowledged with an apology" : "acknowledged without an apology", null);
            case SlaBreached breach -> entry(envelope, type, null, null,
                    "%s clock due at %s".formatted(breach.clock(), breach.dueAt()), null);
            case ComplaintEscalated escalated -> entry(envelope, type, null, escalated.escalatedTo(),
                    "level %d: %s".formatted(escalated.level(), escalated.reason()), null);
            case ComplaintResolved resolved -> entry(envelope, type, null, resolved.ownerId(),
                    "remedy %s%s%s".formatted(resolved.remedy() == null ? "none" : resolved.remedy().type(),
                            resolved.extraMile() != null ? ", extra mile" : "",
                            resolved.firstContact() ? ", first contact" : ""), null);
            case ComplaintReopened reopened -> entry(envelope, type, null, reopened.requestedBy(), reopened.reason(),
                    null);
            case FollowUpScheduled scheduled -> entry(envelope, type, null, null,
                    "%s due at %s".formatted(scheduled.kind(), scheduled.dueAt()), null);
            case FollowUpSent sent -> entry(envelope, type, null, null, sent.kind().name(), null);
            case SatisfactionRecorded satisfaction -> entry(envelope, type, null, null,
                    "score %d".formatted(satisfaction.score()), null);
            case ComplaintClosed closed -> entry(envelope, type, null, null, closed.outcome().name(), null);
        };
    }

    private static TimelineEntry entry(EventEnvelope envelope, String type, Channel channel, String actor,
            String detail, String note) {
        ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
        return new TimelineEntry(event.complaintId(), envelope.metadata().id(), event.occurredAt(), type, channel,
                actor, detail, note);
    }
}
