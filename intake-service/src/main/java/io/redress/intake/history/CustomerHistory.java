package io.redress.intake.history;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.intake.TransactionLocks;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Customers' filing histories ({@code intake_customer_filing} table): a filing reads the customer's under a
 * transaction-scoped PostgreSQL advisory lock on the customer and records itself in its own transaction, so
 * concurrent filings for one customer are decided one after the other and count each other whatever the consumer
 * lag; the log completes the table with the filings of other writers. The log cannot rebuild it: it is never dropped.
 */
public final class CustomerHistory {

    /** How far back a customer's complaints count towards the incident rate. */
    public static final Duration WINDOW = Duration.ofDays(365);

    /**
     * A customer's history at the moment of a filing.
     *
     * @param priorComplaints         their complaints received in the {@link #WINDOW} before the new one
     * @param similarOpenComplaintIds their complaints in the same category that intake's view does not know as closed
     */
    public record Snapshot(int priorComplaints, List<UUID> similarOpenComplaintIds) {

        public Snapshot {
            similarOpenComplaintIds = List.copyOf(similarOpenComplaintIds);
        }
    }

    static final Table<UUID, CustomerFiling> TABLE = Table.<UUID, CustomerFiling>named("intake_customer_filing",
                    CustomerHistory::read)
            .key("complaint_id", Type.UUID, CustomerFiling::complaintId)
            .column("customer_id", Type.TEXT, CustomerFiling::customerId)
            .column("category", Type.TEXT, CustomerFiling::category)
            .column("received_at", Type.TIMESTAMP, CustomerFiling::receivedAt)
            .build();

    private CustomerHistory() {
    }

    /** Takes the customer's lock until the end of the current Hibernate transaction. */
    public static Uni<Void> lock(String customerId) {
        return TransactionLocks.lock("customer/" + customerId);
    }

    /** The customer's history for a complaint in {@code category} received at {@code receivedAt}, under their lock. */
    public static Uni<Snapshot> at(String customerId, String category, Instant receivedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select count(*) from intake_customer_filing
                        where customer_id = ?1 and received_at >= ?2 and received_at < ?3""", Long.class)
                .setParameter(1, customerId).setParameter(2, receivedAt.minus(WINDOW)).setParameter(3, receivedAt)
                .getSingleResult()
                .chain(prior -> session.createNativeQuery("""
                                select f.complaint_id from intake_customer_filing f
                                left join intake_complaint c on c.complaint_id = f.complaint_id
                                where f.customer_id = ?1 and f.category = ?2 and coalesce(c.closed, false) = false
                                order by f.received_at""", UUID.class)
                        .setParameter(1, customerId).setParameter(2, category).getResultList()
                        .map(similar -> new Snapshot(Math.toIntExact(prior), similar))));
    }

    /** Records a filing in the current Hibernate transaction, as it is decided. */
    public static Uni<Void> record(CustomerFiling filing) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into intake_customer_filing (complaint_id, customer_id, category, received_at)
                        values (?1, ?2, ?3, ?4)""")
                .setParameter(1, filing.complaintId()).setParameter(2, filing.customerId())
                .setParameter(3, filing.category()).setParameter(4, filing.receivedAt())
                .executeUpdate()).replaceWithVoid();
    }

    /** The filings with these complaint ids that the history holds, by id; in the caller's transaction. */
    public static Uni<Map<UUID, CustomerFiling>> known(SqlClient client, Set<UUID> complaintIds) {
        return TABLE.load(client, complaintIds);
    }

    /**
     * Adds filings to the history unless already there, in one statement; a filing decided through the REST API may
     * still be uncommitted, in which case PostgreSQL waits for it rather than fail.
     */
    public static Uni<Void> addMissing(SqlClient tx, Collection<CustomerFiling> filings) {
        return TABLE.insertMissing(tx, filings);
    }

    private static CustomerFiling read(Row row) {
        return new CustomerFiling(row.getUUID("complaint_id"), row.getString("customer_id"),
                row.getString("category"), Sql.instant(row, "received_at"));
    }
}
