package io.redress.intake.filing;

import io.redress.events.Channel;
import io.redress.events.Severity;
import io.redress.intake.privacy.DataKeys;
import io.redress.intake.privacy.PersonalFields;
import io.redress.intake.view.IntakeComplaint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint as intake knows it: what the customer reported and how often they have had to ask.
 *
 * @param customerName null when not given, or erased
 * @param description  null once erased
 * @param erased       whether the customer's personal data was erased: {@code customerName} and {@code description}
 *                     are then null, while counts and times stay
 */
public record ComplaintView(
        UUID complaintId,
        String customerId,
        String customerName,
        Channel channel,
        String category,
        Severity severity,
        String description,
        String product,
        String component,
        String componentVersion,
        String employeeId,
        Instant problemOccurredAt,
        Instant receivedAt,
        String externalRef,
        BigDecimal customerLifetimeValue,
        int priorComplaints,
        int contactCount,
        boolean open,
        boolean erased) {

    /** The row with its personal fields opened with the customer's data key, if it still exists. */
    static ComplaintView of(IntakeComplaint row, Optional<DataKeys.DataKey> key) {
        PersonalFields personal = PersonalFields.reveal(row.customerName, row.description, row.customerId,
                row.erased, key);
        return new ComplaintView(row.complaintId, row.customerId, personal.customerName(), row.channel,
                row.category, row.severity, personal.description(), row.product, row.component, row.componentVersion,
                row.employeeId, row.problemOccurredAt, row.receivedAt, row.externalRef, row.customerLifetimeValue,
                row.priorComplaints, row.contactCount, !row.closed, personal.erased());
    }
}
