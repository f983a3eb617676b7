package io.redress.intake.filing;

import io.redress.events.ComplaintFiled;
import io.redress.intake.history.CustomerHistory;
import java.time.Instant;
import java.util.UUID;

/**
 * The pure decision on a filing: the {@code ComplaintFiled} a request makes, given the customer's history as it
 * stands; {@link FilingService} loads the history, seals the personal fields and appends. Touches no table.
 */
public final class Filing {

    private Filing() {
    }

    /** When the customer made contact: as the source system recorded it, else the filing time. */
    public static Instant receivedAt(FileComplaintRequest request, Instant now) {
        return request.receivedAt() == null ? now : request.receivedAt();
    }

    /**
     * @param request a request {@link SubmissionReader} read as valid
     * @param history the customer's history for a complaint received at {@link #receivedAt}
     * @return the event, personal fields still plain
     */
    public static ComplaintFiled decide(FileComplaintRequest request, FilingRules rules,
            CustomerHistory.Snapshot history, Instant now, UUID complaintId) {
        return new ComplaintFiled(complaintId, now, request.customerId(), request.customerName(), request.channel(),
                request.category(), rules.severity(request), request.description(), request.product(),
                request.component(), request.componentVersion(), request.employeeId(), request.problemOccurredAt(),
                receivedAt(request, now), request.externalRef(), request.customerLifetimeValue(),
                history.priorComplaints(), history.similarOpenComplaintIds(), FilingRules.language(request.language()));
    }
}
