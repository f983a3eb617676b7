package io.redress.resolution.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** A complaint as resolution sees it: status, owner and escalation level. */
public record ComplaintView(
        UUID complaintId,
        ComplaintStatus status,
        String customerId,
        String category,
        String severity,
        Instant receivedAt,
        String ownerId,
        String team,
        int escalationLevel) {

    static ComplaintView of(ResolutionComplaint row) {
        return new ComplaintView(row.complaintId, row.status, row.customerId, row.category, row.severity,
                row.receivedAt, row.ownerId, row.team, row.escalationLevel);
    }
}
