package io.redress.intake.history;

import io.redress.events.ComplaintFiled;
import java.time.Instant;
import java.util.UUID;

/**
 * One complaint in a customer's history as intake decides on it: a row of {@code intake_customer_filing}, written
 * by {@link CustomerHistory}.
 */
public record CustomerFiling(UUID complaintId, String customerId, String category, String component,
        Instant receivedAt) {

    public static CustomerFiling of(ComplaintFiled filed) {
        return new CustomerFiling(filed.complaintId(), filed.customerId(), filed.category(), filed.component(),
                filed.receivedAt());
    }
}
