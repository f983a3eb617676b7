package io.redress.analytics.facts;

import io.redress.events.Channel;
import io.redress.events.Severity;
import java.time.Instant;
import java.util.UUID;

/**
 * One complaint with the facts analysts slice by, folded by {@link FactFold#evolve} and stored as one row of
 * {@code analytics_complaint} ({@link ComplaintFactRows}); every time in it is an event time, so a replay gives the
 * same rows.
 *
 * @param filedAt    when intake filed it (the event's time), which {@code asOf} is compared with
 * @param assignedAt when it first got an owner; later reassignments keep it
 */
public record ComplaintFact(
        UUID complaintId,
        String customerId,
        Channel channel,
        String category,
        Severity severity,
        Instant receivedAt,
        Instant filedAt,
        String ownerId,
        Instant assignedAt) {

    /** The fact with its latest owner; the first assignment's time stays. */
    public ComplaintFact assignedTo(String owner, Instant at) {
        return new ComplaintFact(complaintId, customerId, channel, category, severity, receivedAt, filedAt, owner,
                assignedAt == null ? at : assignedAt);
    }
}
