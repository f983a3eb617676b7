package io.redress.analytics.facts;

import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One complaint with the facts analysts slice by and the first time it reached each milestone, folded by
 * {@link FactFold#evolve} and stored as one row of {@code analytics_complaint} ({@link ComplaintFactRows}). Every time
 * in it is an event time, so a replay gives the same rows; a first time is the minimum over the complaint's events,
 * so "reached by asOf" is exactly {@code firstTime <= asOf}.
 *
 * @param receivedAt      when the customer made contact, never later than the filing: a source clock ahead of
 *                        intake's (intake accepts up to five minutes) is read as the filing time, so a complaint
 *                        received after a moment was filed after it too
 * @param filedAt         when intake filed it (the event's time), which {@code asOf} is compared with
 * @param priorComplaints as the filing carried it: the customer's complaints in the 365 days before this one
 */
public record ComplaintFact(
        UUID complaintId,
        String customerId,
        Channel channel,
        String category,
        Severity severity,
        String product,
        String component,
        String componentVersion,
        String employeeId,
        Instant receivedAt,
        Instant filedAt,
        int priorComplaints,
        BigDecimal lifetimeValue,
        Milestones milestones) {

    /** The fact a filing makes: no milestone reached yet. */
    static ComplaintFact of(ComplaintFiled filed) {
        Instant received = filed.receivedAt().isAfter(filed.occurredAt()) ? filed.occurredAt() : filed.receivedAt();
        return new ComplaintFact(filed.complaintId(), filed.customerId(), filed.channel(), filed.category(),
                filed.severity(), filed.product(), filed.component(), filed.componentVersion(), filed.employeeId(),
                received, filed.occurredAt(), filed.priorComplaints(), filed.customerLifetimeValue(),
                Milestones.NONE);
    }

    ComplaintFact with(Milestones next) {
        return new ComplaintFact(complaintId, customerId, channel, category, severity, product, component,
                componentVersion, employeeId, receivedAt, filedAt, priorComplaints, lifetimeValue, next);
    }
}
