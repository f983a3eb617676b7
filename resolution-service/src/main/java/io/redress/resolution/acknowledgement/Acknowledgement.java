package io.redress.resolution.acknowledgement;

import io.redress.core.security.Actor;
import io.redress.events.ComplaintAcknowledged;
import io.redress.resolution.lifecycle.Complaint;
import io.redress.resolution.lifecycle.ComplaintState;
import java.time.Instant;

/** The pure decision on an acknowledgement: the event it produces, or why the complaint's state refuses it. */
public final class Acknowledgement {

    private Acknowledgement() {
    }

    /** What {@link #decide} answers. */
    public sealed interface Decision {
        /** The command fits the state: the event to append. */
        record Accepted(ComplaintAcknowledged event) implements Decision {
        }

        /** The command does not fit the state: why, naming the state. */
        record Refused(String reason) implements Decision {
        }

        /** The caller may not act on this complaint (an agent who does not own it): why. */
        record NotYours(String reason) implements Decision {
        }
    }

    public static Decision decide(ComplaintState state, AcknowledgeComplaint command, Actor actor, Instant now) {
        if (!actor.mayActFor(state.ownerId())) {
            return new Decision.NotYours("complaint %s is owned by %s; an agent acts only on complaints they own"
                    .formatted(state.complaintId(), state.ownerId() == null ? "nobody yet" : state.ownerId()));
        }
        if (!Complaint.acknowledgeable(state.status())) {
            return new Decision.Refused("complaint %s is %s; only an ASSIGNED or REOPENED complaint can be "
                    .formatted(state.complaintId(), state.status()) + "acknowledged");
        }
        return new Decision.Accepted(new ComplaintAcknowledged(state.complaintId(), now, state.ownerId(),
                command.apologized(), command.message(), actor.id()));
    }
}
