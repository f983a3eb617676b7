package io.redress.intake.history;

import io.redress.core.sql.Sql;
import io.redress.core.sql.Table;
import io.redress.core.sql.Table.Type;
import io.redress.intake.TransactionLocks;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Customers' filing histories ({@code intake_customer_filing}) and the incident rate they give a new complaint. A
 * filing loads the histories of its customers under their PostgreSQL advisory locks ({@code customer/<id>}, held to
 * the end of the transaction) and records itself in the same transaction, so filings for one customer are decided
 * one after the other and count each other whatever the consumer lag; the log completes the table with the filings
 * of other writers. The log cannot rebuild it: it is never dropped.
 */
public final class CustomerHistory {

    /** How far back a customer's complaints count towards the incident rate. */
    public static final Duration WINDOW = Duration.ofDays(365);

    /**
     * A customer's history at the moment of a filing.
     *
     * @param priorComplaints         their complaints received in the {@link #WINDOW} before the new one
     * @param similarOpenComplaintIds their complaints in the same category or on the same component, received before
     *                                the new one and not closed (as intake's view knows) when it was received
     */
    public record Snapshot(int priorComplaints, List<UUID> similarOpenComplaintIds) {

        public Snapshot {
            similarOpenComplaintIds = List.copyOf(similarOpenComplaintIds);
        }
    }

    /** One earlier complaint of the customer, and when intake's view saw it closed (null: open). */
    public record Past(UUID complaintId, String category, String component, Instant receivedAt, Instant closedAt) {

        public static Past of(CustomerFiling filing) {
            return new Past(filing.complaintId(), filing.category(), filing.component(), filing.receivedAt(), null);
        }
    }

    static final Table<UUID, CustomerFiling> TABLE = Table.<UUID, CustomerFiling>named("intake_customer_filing",
                    CustomerHistory::read)
            .key("complaint_id", Type.UUID, CustomerFiling::complaintId)
            .column("customer_id", Type.TEXT, CustomerFiling::customerId)
            .column("category", Type.TEXT, CustomerFiling::category)
            .column("component", Type.TEXT, CustomerFiling::component)
            .column("received_at", Type.TIMESTAMP, CustomerFiling::receivedAt)
            .build();

    /** The customers' closed complaints, by the partial index {@code intake_complaint_customer_closed}. */
    static final String CLOSED_OF_CUSTOMERS = "select complaint_id, closed_at from intake_complaint "
            + "where customer_id = any($1) and closed_at is not null";

    /** The customers' filings, by the index {@code intake_customer_filing_customer}. */
    static final String FILINGS_OF_CUSTOMERS = "select complaint_id, customer_id, category, component, received_at "
            + "from intake_customer_filing where customer_id = any($1)";

    private CustomerHistory() {
    }

    /**
     * The incident rate of a complaint received at {@code receivedAt}, from the customer's earlier complaints: those
     * received in the year before it, and the similar ones still open then. Pure: the same history and complaint
     * give the same answer, whatever order the history was filed in.
     */
    public static Snapshot snapshot(List<Past> history, String category, String component, Instant receivedAt) {
        Instant from = receivedAt.minus(WINDOW);
        int prior = 0;
        List<Past> similar = new ArrayList<>();
        for (Past past : history) {
            if (!past.receivedAt().isBefore(receivedAt)) {
                continue;
            }
            if (!past.receivedAt().isBefore(from)) {
                prior++;
            }
            boolean alike = past.category().equals(category)
                    || (component != null && Objects.equals(past.component(), component));
            boolean open = past.closedAt() == null || past.closedAt().isAfter(receivedAt);
            if (alike && open) {
                similar.add(past);
            }
        }
        similar.sort((a, b) -> a.receivedAt().compareTo(b.receivedAt()));
        return new Snapshot(prior, similar.stream().map(Past::complaintId).toList());
    }

    /** Takes the customer's lock until the end of the current Hibernate transaction (an erasure's). */
    public static Uni<Void> lock(String customerId) {
        return TransactionLocks.lock(lockName(customerId));
    }

    /** The name of a customer's advisory lock, for {@code Sql.lockAll}. */
    public static String lockName(String customerId) {
        return "customer/" + customerId;
    }

    /**
     * The histories of these customers (each in no particular order), in the caller's transaction: their filings,
     * and when intake's view saw the closed ones closed, in two index scans (a join let the planner scan both tables
     * whole, which grows with every import batch).
     */
    public static Uni<Map<String, List<Past>>> of(SqlClient tx, Set<String> customerIds) {
        if (customerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Object customers = customerIds.toArray(String[]::new);
        return Sql.query(tx, CLOSED_OF_CUSTOMERS, customers)
                .chain(closedRows -> {
                    Map<UUID, Instant> closed = new HashMap<>();
                    closedRows.forEach(row -> closed.put(row.getUUID("complaint_id"), Sql.instant(row, "closed_at")));
                    return Sql.query(tx, FILINGS_OF_CUSTOMERS, customers)
                            .map(rows -> {
                                Map<String, List<Past>> histories = new HashMap<>();
                                for (Row row : rows) {
                                    UUID id = row.getUUID("complaint_id");
                                    histories.computeIfAbsent(row.getString("customer_id"), c -> new ArrayList<>())
                                            .add(new Past(id, row.getString("category"), row.getString("component"),
                                                    Sql.instant(row, "received_at"), closed.get(id)));
                                }
                                return histories;
                            });
                });
    }

    /**
     * Adds filings to the history unless already there, in one statement, and answers the ids of those it added:
     * the log's copies of filings decided here are already there (one still uncommitted makes PostgreSQL wait).
     */
    public static Uni<Set<UUID>> addNew(SqlClient tx, Collection<CustomerFiling> filings) {
        return TABLE.insertNew(tx, filings);
    }

    /**
     * Adds filings to the history unless already there, in one statement: those being decided, and those the log
     * brings (one being decided may still be uncommitted, in which case PostgreSQL waits for it rather than fail).
     */
    public static Uni<Void> addMissing(SqlClient tx, Collection<CustomerFiling> filings) {
        return TABLE.insertMissing(tx, filings);
    }

    private static CustomerFiling read(Row row) {
        return new CustomerFiling(row.getUUID("complaint_id"), row.getString("customer_id"),
                row.getString("category"), row.getString("component"), Sql.instant(row, "received_at"));
    }
}
