package io.redress.resolution.acknowledgement;

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
    }

    public static Decision decide(ComplaintState state, AcknowledgeComplaint command, Instant now) {
        if (!Complaint.acknowledgeable(state.status())) {
            return new Decision.Refused("complaint %s is %s; only an ASSIGNED or REOPENED complaint can be "
                    .formatted(state.complaintId(), state.status()) + "acknowledged");
        }
        return new Decision.Accepted(new ComplaintAcknowledged(state.complaintId(), now, state.ownerId(),
                command.apologized(), command.message()));
    }
}
