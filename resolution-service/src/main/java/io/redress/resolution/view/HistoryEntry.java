package io.redress.resolution.view;

import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintClosed;
import io.redress.events.ComplaintEscalated;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.ComplaintLifecycleEvent;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.ContactLogged;
import io.redress.events.EventEnvelope;
import io.redress.events.SatisfactionRecorded;
import io.redress.events.SlaBreached;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of a complaint's life as resolution tells it: what happened, when, who took the step and a few words.
 * Nothing personal: a remedy's type, never the customer's words.
 */
public record HistoryEntry(
        @Schema(hidden = true) UUID complaintId,
        @Schema(hidden = true) UUID eventId,
        Instant occurredAt,
        @Schema(examples = "ComplaintAcknowledged") String type,
        @Schema(nullable = true, description = "Who took the step: an owner, a supervisor, the customer, a service",
                examples = "agent-amira") String actor,
        @Schema(nullable = true, examples = "apologized; resolve by 2026-12-09T17:00:00Z") String detail) {

    static final Set<Class<? extends ComplaintEvent>> SHOWN = Set.of(ComplaintFiled.class, ComplaintAssigned.class,
            ContactLogged.class, ComplaintAcknowledged.class, SlaBreached.class, ComplaintEscalated.class,
            ComplaintResolved.class, ComplaintReopened.class, SatisfactionRecorded.class, ComplaintClosed.class);

    static HistoryEntry of(EventEnvelope envelope) {
        ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
        String type = event.getClass().getSimpleName();
        return switch (event) {
            case ComplaintFiled filed -> entry(envelope, "intake", filed.severity() + " " + filed.category()
                    + " via " + filed.channel() + ", " + filed.priorComplaints() + " prior");
            case ComplaintAssigned assigned -> entry(envelope, assigned.rule().equals("MANUAL") ? "supervisor"
                    : "resolution", "to " + assigned.ownerId() + " (" + assigned.team() + ") by " + assigned.rule()
                    + (assigned.previousOwnerId() == null ? "" : ", from " + assigned.previousOwnerId()));
            case ContactLogged contact -> entry(envelope, "customer", "contact " + contact.contactCount() + " via "
                    + contact.channel());
            case ComplaintAcknowledged ack -> entry(envelope, ack.actedBy() != null ? ack.actedBy() : ack.ownerId(),
                    (ack.apologized() ? "apologized" : "no apology")
                            + (ack.resolveBy() == null ? "" : "; resolve by " + ack.resolveBy()));
            case SlaBreached breached -> entry(envelope, "resolution", breached.clock() + " clock due "
                    + breached.dueAt());
            case ComplaintEscalated escalated -> entry(envelope, "resolution", "level " + escalated.level() + " to "
                    + escalated.escalatedTo() + ": " + escalated.reason());
            case ComplaintResolved resolved -> entry(envelope, resolved.ownerId(), resolved.remedy().type()
                    + (resolved.firstContact() ? ", first contact" : "")
                    + (resolved.extraMile() != null ? ", extra mile" : ""));
            case ComplaintReopened reopened -> entry(envelope, reopened.requestedBy(), reopened.reason());
            case SatisfactionRecorded satisfaction -> entry(envelope, "customer", "score "
                    + satisfaction.score() + " of 5");
            case ComplaintClosed closed -> entry(envelope, "followup", closed.outcome().name());
            default -> throw new IllegalArgumentException("history does not show " + type);
        };
    }

    private static HistoryEntry entry(EventEnvelope envelope, String actor, String detail) {
        ComplaintLifecycleEvent event = (ComplaintLifecycleEvent) envelope.event();
        return new HistoryEntry(event.complaintId(), envelope.metadata().id(), event.occurredAt(),
                event.getClass().getSimpleName(), actor, detail);
    }
}
