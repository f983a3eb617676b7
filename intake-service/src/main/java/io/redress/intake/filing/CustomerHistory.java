package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.command.CommandSupport;
import io.redress.core.projection.NativeStatements;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's history at the moment of filing, read from {@link CustomerFiling} under a transaction-scoped
 * PostgreSQL advisory lock on the customer: concurrent filings for one customer are decided one after the other.
 */
public final class CustomerHistory {

    private static final Duration WINDOW = Duration.ofDays(365);

    private CustomerHistory() {
    }

    /** Takes the customer's lock until the end of the current transaction. */
    public static Uni<Void> lock(String customerId) {
        return CommandSupport.lock("customer/" + customerId);
    }

    /** The customer's complaints received in the 365 days before {@code receivedAt} (the incident rate). */
    static Uni<Long> prior(String customerId, Instant receivedAt) {
        return CustomerFiling.count("customerId = ?1 and receivedAt >= ?2 and receivedAt < ?3", customerId,
                receivedAt.minus(WINDOW), receivedAt);
    }

    /**
     * Adds filings to the history unless already there; a filing decided through the REST API may still be
     * uncommitted, in which case PostgreSQL waits for it rather than fail.
     */
    public static Uni<Void> addMissing(List<CustomerFiling> filings) {
        if (filings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder sql = new StringBuilder(
                "insert into intake_customer_filing (complaint_id, customer_id, category, received_at) values ");
        List<Object> parameters = new ArrayList<>(4 * filings.size());
        for (CustomerFiling filing : filings) {
            int n = parameters.size();
            sql.append(n == 0 ? "" : ", ").append("(?%d, ?%d, ?%d, ?%d)".formatted(n + 1, n + 2, n + 3, n + 4));
            parameters.addAll(List.of(filing.complaintId, filing.customerId, filing.category, filing.receivedAt));
        }
        sql.append(" on conflict (complaint_id) do nothing");
        return NativeStatements.execute(sql.toString(), parameters.toArray());
    }

    /** The customer's complaints in the category that intake's view does not know as closed. */
    static Uni<List<UUID>> similarOpen(String customerId, String category) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select f.complaint_id from intake_customer_filing f
                        left join intake_complaint c on c.complaint_id = f.complaint_id
                        where f.customer_id = ?1 and f.category = ?2 and coalesce(c.closed, false) = false
                        order by f.received_at""", UUID.class)
                .setParameter(1, customerId).setParameter(2, category).getResultList());
    }
}
