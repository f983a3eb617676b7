package io.redress.resolution.command;

import io.redress.core.command.Decision;
import io.redress.core.security.Actor;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;

/** The pure decision on every {@link ComplaintCommand}: the events it appends, or a typed refusal naming the state. */
public final class ComplaintDecider {

    /** The rule recorded on an assignment a supervisor made by hand. */
    public static final String MANUAL = "MANUAL";

    private ComplaintDecider() {
    }

    /** @param state resolution's state of the complaint, null when it does not know it */
    public static Decision decide(ComplaintState state, ComplaintCommand command, Actor actor, Instant now) {
        if (state == null) {
            return Decision.notFound("No complaint with this id in resolution's view (yet)");
        }
        return switch (command) {
            case ComplaintCommand.Acknowledge acknowledge -> acknowledge(state, acknowledge, actor, now);
            case ComplaintCommand.Assign assign -> assign(state, assign, actor, now);
        };
    }

    private static Decision acknowledge(ComplaintState state, ComplaintCommand.Acknowledge command, Actor actor,
            Instant now) {
        if (!actor.mayActFor(state.ownerId())) {
            return Decision.notYours("complaint %s is owned by %s; an agent acts only on complaints they own"
                    .formatted(state.complaintId(), state.ownerId() == null ? "nobody yet" : state.ownerId()));
        }
        if (!Complaint.acknowledgeable(state.status())) {
            return Decision.conflict("complaint %s is %s; only an ASSIGNED or REOPENED complaint can be acknowledged"
                    .formatted(state.complaintId(), state.status()), state.status());
        }
        return Decision.accept(new ComplaintAcknowledged(state.complaintId(), now, state.ownerId(),
                command.apologized(), command.message(), actor.id()));
    }

    private static Decision assign(ComplaintState state, ComplaintCommand.Assign command, Actor actor, Instant now) {
        if (state.status() == ComplaintStatus.CLOSED) {
            return Decision.conflict("complaint %s is CLOSED; a closed complaint keeps its owner"
                    .formatted(state.complaintId()), state.status());
        }
        if (command.ownerId().equals(state.ownerId())) {
            return Decision.conflict("complaint %s is already owned by %s".formatted(state.complaintId(),
                    state.ownerId()), state.status());
        }
        String team = command.team() != null ? command.team() : state.team();
        if (team == null) {
            return Decision.invalid("team", "the complaint has no team yet; name the new owner's team");
        }
        return Decision.accept(new ComplaintAssigned(state.complaintId(), now, command.ownerId(), team, MANUAL,
                state.ownerId()));
    }
}
