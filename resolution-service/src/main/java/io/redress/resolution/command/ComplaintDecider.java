package io.redress.resolution.command;

import io.redress.core.command.Decision;
import io.redress.core.security.Actor;
import io.redress.events.ComplaintAcknowledged;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintReopened;
import io.redress.events.ComplaintResolved;
import io.redress.events.Remedy;
import io.redress.resolution.assignment.Rule;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import io.redress.resolution.sla.SlaPolicy;
import java.time.Instant;
import java.util.function.Function;
import java.util.Currency;

/** The pure decision on every {@link ComplaintCommand}: the events it appends, or a typed refusal naming the state. */
public final class ComplaintDecider {

    private ComplaintDecider() {
    }

    /**
     * What a command is decided with beside the state: who asks, when, and the clocks' due times should it restart
     * them (a reopening, counted from now in the team's calendar), and the names the roster gives owners.
     */
    public record Context(Actor actor, Instant now, SlaPolicy.Dues restarted, Function<String, String> ownerNames) {

        /** Without owners' names (an assignment then carries none). */
        public Context(Actor actor, Instant now, SlaPolicy.Dues restarted) {
            this(actor, now, restarted, owner -> null);
        }
    }

    /** @param state resolution's state of the complaint, null when it does not know it */
    public static Decision decide(ComplaintState state, ComplaintCommand command, Context context) {
        if (state == null) {
            return Decision.notFound("No complaint with this id in resolution's view (yet)");
        }
        return switch (command) {
            case ComplaintCommand.Acknowledge acknowledge -> acknowledge(state, acknowledge, context);
            case ComplaintCommand.Assign assign -> assign(state, assign, context);
            case ComplaintCommand.Resolve resolve -> resolve(state, resolve, context);
            case ComplaintCommand.Reopen reopen -> reopen(state, reopen, context);
        };
    }

    private static Decision acknowledge(ComplaintState state, ComplaintCommand.Acknowledge command, Context context) {
        if (!context.actor().mayActFor(state.ownerId())) {
            return notYours(state);
        }
        if (!Complaint.acknowledgeable(state.status())) {
            return Decision.conflict("complaint %s is %s; only an ASSIGNED or REOPENED complaint can be acknowledged"
                    .formatted(state.complaintId(), state.status()), state.status());
        }
        return Decision.accept(new ComplaintAcknowledged(state.complaintId(), context.now(), state.ownerId(),
                command.apologized(), command.message(), context.actor().id(), state.resolveDueAt()));
    }

    private static Decision assign(ComplaintState state, ComplaintCommand.Assign command, Context context) {
        if (state.status() == ComplaintStatus.CLOSED) {
            return Decision.conflict("complaint %s is CLOSED; a closed complaint keeps its owner"
                    .formatted(state.complaintId()), state.status());
        }
        if (command.ownerId().equals(state.ownerId()) && state.status() != ComplaintStatus.QUEUED) {
            return Decision.conflict("complaint %s is already owned by %s".formatted(state.complaintId(),
                    state.ownerId()), state.status());
        }
        String team = command.team() != null ? command.team() : state.team();
        if (team == null) {
            return Decision.invalid("team", "the complaint has no team yet; name the new owner's team");
        }
        return Decision.accept(new ComplaintAssigned(state.complaintId(), context.now(), command.ownerId(), team,
                Rule.MANUAL.name(), state.ownerId(), null, null, context.ownerNames().apply(command.ownerId())));
    }

    private static Decision resolve(ComplaintState state, ComplaintCommand.Resolve command, Context context) {
        ComplaintCommand.RemedyRequest remedy = command.remedy();
        if (remedy.amount() != null && remedy.currency() == null) {
            return Decision.invalid("remedy.currency", "is required with remedy.amount");
        }
        if (remedy.currency() != null && !isoCurrency(remedy.currency())) {
            return Decision.invalid("remedy.currency", remedy.currency() + " is not an ISO 4217 currency code");
        }
        if (!context.actor().mayActFor(state.ownerId())) {
            return notYours(state);
        }
        if (!Complaint.resolvable(state.status())) {
            return Decision.conflict("complaint %s is %s; only an ASSIGNED, ACKNOWLEDGED or REOPENED complaint can "
                    .formatted(state.complaintId(), state.status()) + "be resolved", state.status());
        }
        return Decision.accept(new ComplaintResolved(state.complaintId(), context.now(), state.ownerId(),
                new Remedy(remedy.type(), remedy.amount(), remedy.currency()), command.fairSolutionAsked(),
                command.extraMile(), Complaint.firstContact(state), command.summary(), command.customerFairSolution()));
    }

    private static Decision reopen(ComplaintState state, ComplaintCommand.Reopen command, Context context) {
        if (!Complaint.reopenable(state.status())) {
            return Decision.conflict("complaint %s is %s; only a RESOLVED or CLOSED complaint can be reopened"
                    .formatted(state.complaintId(), state.status()), state.status());
        }
        return Decision.accept(new ComplaintReopened(state.complaintId(), context.now(), command.reason(),
                context.actor().id(), context.restarted().acknowledgeBy(), context.restarted().resolveBy()));
    }

    private static boolean isoCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Decision notYours(ComplaintState state) {
        return Decision.notYours("complaint %s is owned by %s; an agent acts only on complaints they own"
                .formatted(state.complaintId(), state.ownerId() == null ? "nobody yet" : state.ownerId()));
    }
}
