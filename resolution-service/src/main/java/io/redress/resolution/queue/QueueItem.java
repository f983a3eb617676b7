package io.redress.resolution.queue;

import io.redress.events.Severity;
import io.redress.resolution.lifecycle.ComplaintState;
import io.redress.resolution.lifecycle.ComplaintStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One complaint in a queue: what an owner or supervisor needs to pick the next one. */
public record QueueItem(UUID complaintId, ComplaintStatus status, Severity severity, String category,
        @Schema(nullable = true) String component, String customerId, Instant receivedAt,
        @Schema(nullable = true) String ownerId, @Schema(nullable = true) String team,
        @Schema(nullable = true, description = "The nearest due time of a running SLA clock") Instant nextDueAt,
        int escalationLevel) {

    static QueueItem of(ComplaintState state) {
        return new QueueItem(state.complaintId(), state.status(), state.severity(), state.category(),
                state.component(), state.customerId(), state.receivedAt(), state.ownerId(), state.team(),
                state.nextDueAt(), state.escalationLevel());
    }
}
