package io.redress.intake.customers;

import io.redress.core.paging.Cursor;
import io.redress.core.sql.Sql;
import io.redress.intake.history.CustomerHistory;
import io.redress.intake.history.CustomerHistory.Past;
import io.redress.intake.view.ComplaintStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's complaints as intake knows them (read model {@code complaints}, and the customer's filing history):
 * a page of them newest first, their counts by status and the customer's incident rate. Each complaint carries the
 * {@code priorComplaints} its event carried (what was known when it was filed) and the count by {@code receivedAt}
 * over the whole history as it stands now, which also counts complaints imported later with an earlier
 * {@code receivedAt}.
 */
public final class CustomerComplaints {

    private CustomerComplaints() {
    }

    /**
     * One of the customer's complaints.
     *
     * @param priorComplaints    as the ComplaintFiled carried it: the customer's complaints received in the 365 days
     *                           before this one that intake knew when it filed this one
     * @param priorComplaintsNow the same count over the history as it stands now
     */
    public record Item(UUID complaintId, Instant receivedAt, String channel, String category,
            @Schema(nullable = true) String component, String severity, ComplaintStatus status,
            @Schema(nullable = true) String ownerId, int contactCount, int priorComplaints, int priorComplaintsNow,
            @Schema(description = "The customer's complaints in the same category or on the same component, received "
                    + "before this one and not closed when it was received, by the history as it stands now")
            List<UUID> similarOpenComplaintIdsNow) {
    }

    /**
     * The customer's incident rate now.
     *
     * @param complaintsLast365Days complaints received in the 365 days up to now
     * @param contactsPerComplaint  over those complaints: contacts (the filing included) per complaint, 2 decimals
     */
    public record IncidentRate(int complaintsLast365Days, BigDecimal contactsPerComplaint) {
    }

    /** The page of complaints after {@code cursor} (null: from the newest), one more than {@code limit} if there. */
    static Uni<List<Item>> page(SqlClient client, String customerId, Cursor cursor, int limit) {
        Instant before = cursor == null ? Instant.parse("9999-12-31T23:59:59Z") : cursor.at();
        UUID after = cursor == null ? new UUID(-1L, -1L) : cursor.complaintId();
        return Sql.query(client, """
                        select complaint_id, received_at, channel, category, component, severity, status, owner_id,
                               contact_count, prior_complaints
                        from intake_complaint
                        where customer_id = $1 and (received_at, complaint_id) < ($2, $3)
                        order by received_at desc, complaint_id desc limit $4""",
                customerId, Sql.time(before), after, limit + 1)
                .chain(rows -> CustomerHistory.of(client, Set.of(customerId)).map(histories -> {
                    List<Past> history = histories.getOrDefault(customerId, List.of());
                    List<Item> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(item(row, history));
                    }
                    return items;
                }));
    }

    private static Item item(Row row, List<Past> history) {
        Instant received = Sql.instant(row, "received_at");
        CustomerHistory.Snapshot now = CustomerHistory.snapshot(history, row.getString("category"),
                row.getString("component"), received);
        return new Item(row.getUUID("complaint_id"), received, row.getString("channel"), row.getString("category"),
                row.getString("component"), row.getString("severity"), ComplaintStatus.valueOf(row.getString("status")),
                row.getString("owner_id"), row.getInteger("contact_count"), row.getInteger("prior_complaints"),
                now.priorComplaints(), now.similarOpenComplaintIds());
    }

    /** The customer's complaints by status (every status, zero included). */
    static Uni<Map<ComplaintStatus, Integer>> byStatus(SqlClient client, String customerId) {
        return Sql.query(client, "select status, count(*) as n from intake_complaint where customer_id = $1 "
                + "group by status", customerId).map(rows -> {
                    Map<ComplaintStatus, Integer> counts = new EnumMap<>(ComplaintStatus.class);
                    for (ComplaintStatus status : ComplaintStatus.values()) {
                        counts.put(status, 0);
                    }
                    rows.forEach(row -> counts.put(ComplaintStatus.valueOf(row.getString("status")),
                            row.getLong("n").intValue()));
                    return counts;
                });
    }

    static Uni<IncidentRate> incidentRate(SqlClient client, String customerId, Instant now) {
        return Sql.query(client, """
                        select count(*) as n, coalesce(sum(contact_count), 0) as contacts from intake_complaint
                        where customer_id = $1 and received_at > $2 and received_at <= $3""",
                customerId, Sql.time(now.minus(CustomerHistory.WINDOW)), Sql.time(now)).map(rows -> {
                    Row row = rows.iterator().next();
                    long complaints = row.getLong("n");
                    long contacts = row.getLong("contacts");
                    return new IncidentRate(Math.toIntExact(complaints), complaints == 0 ? BigDecimal.ZERO.setScale(2)
                            : BigDecimal.valueOf(contacts).divide(BigDecimal.valueOf(complaints), 2,
                                    RoundingMode.HALF_UP));
                });
    }
}
