package io.redress.intake.filing;

import io.redress.core.privacy.DataKeyStore;
import io.redress.events.Channel;
import io.redress.events.Severity;
import io.redress.intake.privacy.PersonalFields;
import io.redress.intake.view.ComplaintStatus;
import io.redress.intake.view.IntakeComplaint;
import io.redress.intake.view.TimelineEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(nullable = true) String customerName,
        Channel channel,
        String category,
        Severity severity,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String product,
        @Schema(nullable = true) String component,
        @Schema(nullable = true) String componentVersion,
        @Schema(nullable = true) String employeeId,
        @Schema(nullable = true) Instant problemOccurredAt,
        Instant receivedAt,
        @Schema(nullable = true) String externalRef,
        @Schema(nullable = true) BigDecimal customerLifetimeValue,
        int priorComplaints,
        int contactCount,
        boolean open,
        @Schema(description = "Where it stands, as every service's events moved it") ComplaintStatus status,
        @Schema(nullable = true, description = "Who owns it (the latest assignment)") String ownerId,
        @Schema(nullable = true, description = "The language follow-ups should use (BCP 47)") String language,
        boolean erased,
        @Schema(description = "Every step of its life across services and channels, oldest first")
        List<Step> timeline) {

    /**
     * One step of the complaint's life.
     *
     * @param type   the event, e.g. ContactLogged
     * @param actor  who acted, or to whom it went (owner, escalation target, the employee at filing)
     * @param note   a contact's note; null once erased
     */
    public record Step(Instant at, String type, @Schema(nullable = true) Channel channel,
            @Schema(nullable = true) String actor, @Schema(nullable = true) String detail,
            @Schema(nullable = true) String note) {
    }

    /** The row with its personal fields opened with the customer's data key, if it still exists. */
    static ComplaintView of(IntakeComplaint row, List<TimelineEntry> entries, Optional<DataKeyStore.DataKey> key) {
        PersonalFields personal = PersonalFields.reveal(row.customerName(), row.description(), row.customerId(),
                row.erased(), key);
        return new ComplaintView(row.complaintId(), row.customerId(), personal.customerName(), row.channel(),
                row.category(), row.severity(), personal.description(), row.product(), row.component(),
                row.componentVersion(), row.employeeId(), row.problemOccurredAt(), row.receivedAt(),
                row.externalRef(), row.customerLifetimeValue(), row.priorComplaints(), row.contactCount(),
                !row.closed(), row.status(), row.ownerId(), row.language(), personal.erased(),
                entries.stream().map(entry -> new Step(entry.occurredAt(), entry.type(), entry.channel(),
                        entry.actor(), entry.detail(), entry.note() == null ? null
                                : PersonalFields.open(entry.note(), row.customerId(), key).orElse(null))).toList());
    }
}
